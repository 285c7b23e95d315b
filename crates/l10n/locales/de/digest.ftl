# The morning digest: a notification after the first unlock of the day.
# Only counts, never a customer's name: a notification may show on the
# lock screen.

digest-title = Guten Morgen
# $n: how many follow-ups Today lists.
digest-follow-ups = { $n ->
        [one] { $n } Kontakt unter Heute
       *[other] { $n } Kontakte unter Heute
    }
# $n: birthdays and other important dates falling today.
digest-occasions = { $n ->
        [one] { $n } Geburtstag oder besonderer Tag heute
       *[other] { $n } Geburtstage oder besondere Tage heute
    }
# $n: promised follow-ups due today or overdue.
digest-promises = { $n ->
        [one] { $n } Versprechen fällig
       *[other] { $n } Versprechen fällig
    }
digest-backup-due = Sicherung fällig
# One more item at the end of the list: $list is the list so far.
digest-list = { $list }, { $item }
