# Why a follow-up is suggested: the reason on each suggestion and the
# sentences under "Why this suggestion". Numbers that choose a plural are
# whole numbers; $unit chooses the unit of a span of time.

## Dates and spans of time

# A day of a month, as in "12 November".
reason-day-month = { $day } { $month ->
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
# A day of a month, short, as in "12 Nov".
reason-day-month-short = { $day } { $month ->
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
# An exact span: "34 days", "5 weeks", "6 months".
reason-duration = { $unit ->
    [day] { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
    [week] { $n ->
        [one] { $n } week
       *[other] { $n } weeks
    }
   *[month] { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
}
# A span rounded as a person says it: "10 days", "9 weeks", "about 4 months", "about 2 years".
reason-span = { $unit ->
    [day] { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
    [week] { $n ->
        [one] { $n } week
       *[other] { $n } weeks
    }
    [month] { $n ->
        [one] about { $n } month
       *[other] about { $n } months
    }
   *[year] { $n ->
        [one] about { $n } year
       *[other] about { $n } years
    }
}
# How often, roughly: "about every 5 weeks", "every day".
reason-about-every = { $unit ->
    [day] { $n ->
        [0] every day
        [one] every day
       *[other] about every { $n } days
    }
    [week] { $n ->
        [one] about every week
       *[other] about every { $n } weeks
    }
    [month] { $n ->
        [one] about every month
       *[other] about every { $n } months
    }
   *[year] { $n ->
        [one] about every year
       *[other] about every { $n } years
    }
}
# How often, as others do it: "every 5 weeks", "every day".
reason-every = { $unit ->
    [day] { $n ->
        [0] every day
        [one] every day
       *[other] every { $n } days
    }
    [week] { $n ->
        [one] every week
       *[other] every { $n } weeks
    }
    [month] { $n ->
        [one] every month
       *[other] every { $n } months
    }
   *[year] { $n ->
        [one] every year
       *[other] every { $n } years
    }
}
# How long ago, roughly: $span is a reason-span.
reason-ago = { $span } ago
reason-today = today
reason-yesterday = yesterday
# A chance out of ten: "about 3 in 10".
reason-chance = { $n ->
    [0] under 1 in 10
    [10] over 9 in 10
   *[other] about { $n } in 10
}

## The reason on a suggestion: $why (one of the rules' reasons below), then how to reach them

reason-suggestion = { $why }. { $how }
reason-by-channel = By { $channel ->
        [email] email
        [sms] sms
        [phone] phone
        [post] post
        [messaging] messaging
       *[other] { $channel }
    } ({ $purpose ->
        [service] service
        [recommendations] recommendations
        [promotions] promotions
        [occasions] occasions
       *[other] { $purpose }
    } consent granted).
reason-in-person = Mention in person next visit: { $why }.
reason-blocked-quiet = they asked for quiet until { $date }
reason-blocked-cap = already contacted { $contacts } time(s) in the last { $period } days (at most { $max })
reason-blocked-consent = no channel has consent for { $purpose ->
        [service] service
        [recommendations] recommendations
        [promotions] promotions
        [occasions] occasions
       *[other] { $purpose }
    }

## The rules' reasons

reason-replenishment = { $first } buys { $product } about every { $interval ->
        [one] { $interval } day
       *[other] { $interval } days
    }; last bought { $since ->
        [one] { $since } day
       *[other] { $since } days
    } ago
reason-replenishment-once = { $first } bought { $product } once; it usually lasts about { $interval ->
        [one] { $interval } day
       *[other] { $interval } days
    }; last bought { $since ->
        [one] { $since } day
       *[other] { $since } days
    } ago
# $every and $silence are reason-duration.
reason-lapsing = { $first } came about every { $every }; nothing for { $silence }
# $occasion: the owner's name for the date, or reason-birthday; $date is reason-day-month.
reason-occasion = { $first }'s { $occasion } is { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days ({ $date })
    }
reason-birthday = birthday
reason-birthday-heading = Birthday
reason-a-date = A date
reason-first-purchase = { $first } made their first purchase { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }
reason-large-basket-own = { $first } spent { $total } { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }, over { $factor }× their usual { $usual }
reason-large-basket-shop = { $first } spent { $total } { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }, one of the shop's largest baskets
# $why is one of reason-taste-*; $date is reason-day-month-short.
reason-taste = { $why }; the { $product } arrived on { $date }
reason-taste-size = { $first } wears size { $size }
reason-taste-likes = { $first } likes { $liking }
reason-taste-category = { $first } has bought { $category } on { $visits } visits
# $since is reason-duration; $date is reason-day-month-short.
reason-service = { $first }'s { $product } was { $since } ago (every { $every ->
        [one] { $every } day
       *[other] { $every } days
    }); { $due ->
        [today] due today
        [ahead] due on { $date }
       *[since] due since { $date }
    }
reason-promised = You promised { $first }: "{ $promise }"
reason-promised-due = You promised { $first }: "{ $promise }" (due { $date })
reason-promised-overdue = You promised { $first }: "{ $promise }" (due { $date }, now overdue)

## "Why this suggestion": $ago is reason-ago, reason-today or reason-yesterday; $every is reason-about-every; $span is reason-span; $chance is reason-chance

reason-buys-every = Buys { $product } { $every }
reason-bought-once-catalog = Bought { $product } once; your catalog says it lasts { $span }
# $every is reason-every.
reason-bought-once-others = Bought { $product } once; other customers buy it again { $every }
reason-last-bought = Last bought { $ago }
reason-rhythm-steady = A steady rhythm
reason-rhythm-fairly-steady = A fairly steady rhythm
reason-rhythm-none = No steady rhythm yet
# $what: product (running out), service, promise.
reason-due-now = { $what ->
    [service] Service due about now
    [promise] Due about now
   *[product] Likely to run out about now
}
reason-due-in = { $what ->
    [service] Service due in { $span }
    [promise] Due in { $span }
   *[product] Likely to run out in { $span }
}
reason-overdue = { $what ->
    [service] Service overdue by { $span }
    [promise] Overdue by { $span }
   *[product] Likely ran out { $span } ago
}
reason-comes-in = Comes in { $every }
reason-last-seen = Last seen { $ago }
reason-usually-buys = Usually buys { $product }
reason-visits = { $visits ->
    [one] { $visits } visit so far
   *[other] { $visits } visits so far
}
reason-away-longest = Away longer than ever before
reason-away-longer = Away longer than { $chance } of their usual gaps
reason-still-shops = Chance they still shop here: { $chance }
# $occasion is the owner's name for the date (with a capital), reason-birthday-heading or reason-a-date.
reason-occasion-today = { $occasion } today
reason-occasion-tomorrow = { $occasion } tomorrow
# $date is reason-day-month.
reason-occasion-on = { $occasion } on { $date }, in { $span }
reason-first-purchase-ago = First purchase { $ago }
reason-spent = Spent { $total }
reason-spent-ago = Spent { $total } { $ago }
reason-usually-spends = Usually spends about { $total }
reason-top-baskets = Only 1 in 20 baskets in your shop comes to { $total } or more
reason-came-in = { $product } came in { $ago }
reason-new-in = { $product } is new in
reason-keeps-buying = Keeps buying { $category } ({ $visits } visits)
reason-told-likes = Told you they like { $liking }
reason-matches-their = Matches their { $category ->
        [size] size
        [colour] colour
        [brand] brand
        [style] style
        [taste] taste
       *[other] { $category }
    }: { $liking }
reason-matches = Matches { $liking }
# $product: the product, or reason-it.
reason-serviced = { $product }: serviced { $every }
reason-it = It
reason-you-promised = You promised: “{ $promise }”
reason-noted = Noted { $ago }
# $max and $n choose "once", "twice", "3 times"; $period is reason-span.
reason-not-contacted = Not contacted in the last { $period } (at most { $max ->
        [1] once
        [2] twice
       *[other] { $max } times
    } allowed)
reason-contacted = Contacted { $n ->
        [1] once
        [2] twice
       *[other] { $n } times
    } in the last { $period } (at most { $max ->
        [1] once
        [2] twice
       *[other] { $max } times
    } allowed)
reason-best-reached = Best reached: { $when }
