## Words of "What came of the follow-ups" on the quality card. $kind is the
## kind of follow-up (thank-you, replenishment-due, lapsing-regular, occasion,
## matches-taste, service-check, promised-follow-up, or another: "follow-up").

outcomeTitle = What came of your follow-ups
outcomeIntro = After each follow-up you mark done, Shopkeeper checks whether the customer bought again within a while; suggestions you saw but did not act on are counted the same way, to compare.
outcomeWorking = Counting…
outcomeNone = Nothing to tell yet: mark a few suggestions done, and the answers come in as the weeks pass.
outcomeFailed = This could not be counted just now.
# Arguments: $kind, $done, $back, $horizon, $others, $othersBack
outcomeDone =
    Of { $done } { $kind ->
        [thank-you] { $done ->
            [one] thank-you
           *[other] thank-yous
        }
        [replenishment-due] { $done ->
            [one] “running low” note
           *[other] “running low” notes
        }
        [lapsing-regular] { $done ->
            [one] note to a regular you hadn't seen
           *[other] notes to regulars you hadn't seen
        }
        [occasion] { $done ->
            [one] note for a date
           *[other] notes for dates
        }
        [matches-taste] { $done ->
            [one] “new in” note
           *[other] “new in” notes
        }
        [service-check] { $done ->
            [one] service reminder
           *[other] service reminders
        }
        [promised-follow-up] { $done ->
            [one] promise kept
           *[other] promises kept
        }
       *[other] { $done ->
            [one] follow-up
           *[other] follow-ups
        }
    }, { $back ->
        [0] none
       *[other] { $back }
    } came back within { $horizon } { $horizon ->
        [one] day
       *[other] days
    } { $others ->
        [0] (no one shown and not contacted to compare with yet).
       *[other] (those not contacted: { $othersBack } of { $others }).
    }
# Arguments: $kind, $horizon, $others, $othersBack
outcomeOnlyOthers =
    No { $kind ->
        [thank-you] thank-yous
        [replenishment-due] “running low” notes
        [lapsing-regular] notes to regulars you hadn't seen
        [occasion] notes for dates
        [matches-taste] “new in” notes
        [service-check] service reminders
        [promised-follow-up] promises kept
       *[other] follow-ups
    } done long enough ago to tell yet; of those not contacted, { $othersBack } of { $others } came back within { $horizon } { $horizon ->
        [one] day
       *[other] days
    }.
# Arguments: $kind, $waiting, $back, $horizon, $more
outcomeWaiting =
    { $more ->
        [true] { $waiting } more
       *[false] { $waiting }
    } { $kind ->
        [thank-you] { $waiting ->
            [one] thank-you is still within its
           *[other] thank-yous are still within their
        }
        [replenishment-due] { $waiting ->
            [one] “running low” note is still within its
           *[other] “running low” notes are still within their
        }
        [lapsing-regular] { $waiting ->
            [one] note to a regular you hadn't seen is still within its
           *[other] notes to regulars you hadn't seen are still within their
        }
        [occasion] { $waiting ->
            [one] note for a date is still within its
           *[other] notes for dates are still within their
        }
        [matches-taste] { $waiting ->
            [one] “new in” note is still within its
           *[other] “new in” notes are still within their
        }
        [service-check] { $waiting ->
            [one] service reminder is still within its
           *[other] service reminders are still within their
        }
        [promised-follow-up] { $waiting ->
            [one] promise kept is still within its
           *[other] promises kept are still within their
        }
       *[other] { $waiting ->
            [one] follow-up is still within its
           *[other] follow-ups are still within their
        }
    } { $horizon } { $horizon ->
        [one] day
       *[other] days
    }; { $back ->
        [0] none have
        [one] { $back } has
       *[other] { $back } have
    } come back so far.
