## Printed and exported customer summaries (PDF, HTML, Markdown), the
## customer's data-access packet and the paper consent form: summary-… and
## form-… keys. They are written in the customer's language; "for the shop"
## texts are read by the staff, the others by the customer (polite form).

## Dates. $day and $year are numbers as digits; $month is a month's name
## (summary-month, or its .short form for .short).
summary-date = { $day } { $month } { $year }
    .short = { $day } { $month } { $year }
    .day-month = { $day } { $month }
    .with-time = { $date }, { $time }
# $month: 1 to 12.
summary-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
    .short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# $day: 1 (Monday) to 7 (Sunday), short.
summary-weekday = { $day ->
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
        [6] Sat
       *[7] Sun
    }

## Page furniture.
summary-page = Page { $page } of { $total }
summary-pdf-title = { $shop }: { $name }
summary-pdf-title-many = { $shop }: customer summaries
summary-continued = { $heading } (continued)
summary-nothing = Nothing recorded.

## Section headings.
summary-heading =
    .careful = Allergies and dislikes
    .preferences = Preferences
    .staff-notes = Notes for staff
    .about = About
    .purchases = Recent purchases
    .contact = Contact
    .about-you = About you
    .your-preferences = Your preferences
    .your-purchases = Your recent purchases
    .how-contact = How we may contact you
    .notes-about-you = Notes we have written about you
    .choices = Changes to your choices
    .kept = What we keep about you and why

## Labels before a value.
summary-label =
    .contact = Contact
    .language = Language
    .birthday = Birthday
    .household = Household
    .tags = Tags
    .name = Name
    .reach-you = How to reach you
    .your-household = Your household
    .our-labels = Labels we use
    .our-reference = Our reference
    .prefers = Prefers
    .you-prefer = You prefer
    .how-often = How often
    .quiet-until = No messages until

## Table columns.
summary-column =
    .when = When
    .how = How
    .what-for = What for
    .your-choice = Your choice
    .how-you-told = How you told us
    .wording = Wording
    .what-we-keep = What we keep
    .why = Why
    .date = Date
    .what = What
    .quantity = Quantity
    .amount = Amount
    .allowed = Allowed

## Marks on a preference.
summary-badge =
    .allergy = Allergy
    .dislike = Does not like
summary-for = For { $who }
summary-from = From: { $source }
summary-noted = Noted { $date }
summary-why-kept = Why we keep it: { $purpose }

## The summary for the shop's staff.
summary-shop-subtitle = Customer summary for the shop
summary-shop-subtitle-ref = Customer summary for the shop · { $reference }
summary-shop-footer = For the shop's staff. Please keep it out of sight of other customers.

## The summary for the customer (what a data-access request needs).
summary-customer-subtitle = What { $shop } keeps about you
summary-customer-intro = This is everything { $shop } keeps about you, as of { $date }. If something is wrong or out of date, tell us and we will correct it. You may also ask us to delete it all.
summary-customer-footer = Prepared for { $name } on { $date }.

## What the shop holds, in words.
summary-channel =
    .email = Email
    .sms = Text message
    .phone = Phone call
    .post = Post
    .messaging = Messaging app
summary-purpose =
    .service = About your orders and repairs
    .recommendations = Personal recommendations
    .promotions = Promotions and newsletters
    .occasions = Birthday and occasion greetings
summary-state =
    .granted = Yes
    .refused = No
    .not-asked = Not asked
summary-category =
    .size = Sizes
    .fit = Fit
    .colour = Colours
    .brand = Brands
    .style = Style
    .taste = Tastes
    .allergy = Allergies
    .dislike = Dislikes
    .gift-idea = Gift ideas
    .other = Other
summary-source =
    .told-shop = Told us
    .told-customer = You told us
    .noticed = Noticed by the shop
summary-relation =
    .partner = partner
    .child = child
    .parent = parent
    .buys-for = buys for them
    .bought-for = they buy for
    .other = related
summary-household-member = { $name } ({ $relation })
# $code: the customer's language code as the shop wrote it; unknown codes are shown as written.
summary-language = { $code ->
        [en] English
        [nb] Norwegian
        [no] Norwegian
        [nn] Norwegian
        [da] Danish
        [sv] Swedish
        [de] German
        [fr] French
        [es] Spanish
        [it] Italian
        [nl] Dutch
        [pt] Portuguese
        [pl] Polish
        [fi] Finnish
        [zh] Chinese
        [ja] Japanese
        [ar] Arabic
       *[other] { $code }
    }
summary-every-year = { $label } (every year)
summary-returned = Returned: { $what }
summary-purchase = Purchase
summary-no-channel = No channel
summary-channel-times = { $channel }, { $times }
# How a consent choice was given, for the ways Shopkeeper records itself (English: as stored).
summary-method =
    .customer-in-shop = customer in shop
    .signed-form = signed form
    .merged = merged from a duplicate record
summary-method-imported = imported from { $layout }

## How often the customer may be contacted.
summary-frequency-none = No messages
summary-frequency-at-most = At most { $count } { $period }
# $n: how many messages.
summary-frequency-count = { $n ->
        [1] one message
        [2] two messages
        [3] three messages
       *[other] { $n } messages
    }
# $days: the period in days (30 stands for a month, 61 two months, 91 three, 182 six, 365 a year).
summary-frequency-period = { $days ->
        [1] a day
        [7] a week
        [14] every two weeks
        [30] a month
        [61] every two months
        [91] every three months
        [182] every six months
        [365] a year
       *[other] every { $days } days
    }
summary-frequency-weeks = every { $weeks } weeks
summary-frequency-days = { $rule }, preferably on { $days }
summary-frequency-topics = { $rule }; about { $topics }
summary-frequency-usual = { $rule } (the shop's usual rule)
    .customer = { $rule } (our usual rule; tell us if you want it different)

## Each kind of data the shop keeps, and why (the customer's summary).
summary-kept =
    .contact = Contact details
    .preferences = Preferences
    .purchases = Purchases
    .consent = Consent choices
summary-kept-why =
    .contact = To reach you the way you asked.
    .preferences = To remember what you like and avoid what you don't.
    .purchases = To know what you bought, for service and follow-ups.
    .consent = To prove what you allowed and when.

## The paper preference and consent form (read by the customer).
form-title = Your preferences and choices
form-subtitle-for = For { $name } · please check, correct and tick
form-subtitle-blank = Please fill in with a pen
form-intro = Tell { $shop } what to remember and how we may contact you: tick yes or no for each way. You can change your mind at any time, and ask to see or delete what we keep.
form-heading =
    .about = About you
    .remember = What you would like us to remember
    .contact = May we contact you?
form-signature = Date and signature
form-footer = Form wording version { $version }
form-yes = Yes
form-no = No
form-about =
    .name = Name
    .email = Email
    .phone = Phone
    .address = Address
    .birthday = Birthday
form-remember =
    .sizes = Sizes and fit
    .likes = What you like
    .dislikes = What you don't like
    .allergies = Allergies
form-frequency =
    .how-often = How often at most
    .quiet-until = No messages until

# $how: how consent was given; $name: the person on the staff who took it.
summary-taken-by = { $how }, taken by { $name }

## The day sheet: today's follow-ups on paper, for the counter
sheet-title = Today's follow-ups
# $n: how many follow-ups are on the sheet.
sheet-subtitle = { $n ->
    [0] Nobody to follow up today
    [one] One customer to follow up · tick them off as you go
   *[other] { $n } customers to follow up · tick them off as you go
}
sheet-heading =
    .to-contact = To contact today
    .in-person = To mention when they come in
sheet-column =
    .done = Done
    .customer = Customer
    .why = Why
    .how = How to reach them
sheet-nobody = Nobody today.
sheet-footer = For the shop's staff. Contact each customer only in the way shown: it is the one they allow today.
