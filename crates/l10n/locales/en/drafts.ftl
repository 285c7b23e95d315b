# The built-in message drafts, one per kind of suggestion: .subject (for
# email) and .body, short and in the owner's voice, to the customer (polite
# form). Each variable is a placeholder the owner sees as {first_name},
# {product}... when editing a template: keep them all in a translation.
# $owner signs the message.

draft-replenishment-due =
    .subject = Your { $product }
    .body =
        Hi { $first_name } — you may be running low on { $product } about now. Shall I put some aside for you?

        — { $owner }
draft-lapsing-regular =
    .subject = Hello from { $shop_name }
    .body =
        Hi { $first_name } — it has been a while, and I hope all is well. It would be good to see you when you are next passing.

        — { $owner }
draft-occasion =
    .subject = Your { $occasion }
    .body =
        Hi { $first_name } — I saw your { $occasion } is on { $date }. If I can help with anything before then, just let me know.

        — { $owner }
draft-thank-you =
    .subject = Thank you
    .body =
        Hi { $first_name } — thank you for coming in to { $shop_name }. I hope you enjoy what you chose, and do tell me how you get on.

        — { $owner }
draft-matches-taste =
    .subject = { $product } is in
    .body =
        Hi { $first_name } — the { $product } has just come in, and I thought of you. Shall I put one aside?

        — { $owner }
draft-service-check =
    .subject = Time for your { $product }
    .body =
        Hi { $first_name } — your next { $product } is due around { $date }. Would you like me to book you in?

        — { $owner }
draft-promised-follow-up =
    .subject = As promised
    .body =
        Hi { $first_name } — as promised: { $promise }.

        — { $owner }
