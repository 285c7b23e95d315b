# The morning digest: a notification after the first unlock of the day.
# Only counts, never a customer's name: a notification may show on the
# lock screen.

digest-title = Good morning
# $n: how many follow-ups Today lists.
digest-follow-ups = { $n ->
        [one] { $n } follow-up on Today
       *[other] { $n } follow-ups on Today
    }
# $n: birthdays and other important dates falling today.
digest-occasions = { $n ->
        [one] { $n } birthday or special day today
       *[other] { $n } birthdays or special days today
    }
# $n: promised follow-ups due today or overdue.
digest-promises = { $n ->
        [one] { $n } promise due
       *[other] { $n } promises due
    }
digest-backup-due = backup due
# One more item at the end of the list: $list is the list so far.
digest-list = { $list }, { $item }
