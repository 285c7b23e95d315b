# What a customer is asked for each purpose, before the owner rewords it
# (Settings → Consent wordings, per language): version 1 of each wording.
consent-question =
    .service = May we contact you about your own orders and repairs?
    .recommendations = May we let you know when something we think you would like comes in?
    .promotions = May we send you our occasional news and offers?
    .occasions = May we send you a note on your birthday or other occasions?
