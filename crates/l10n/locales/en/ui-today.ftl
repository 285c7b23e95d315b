## Words of the Today screen: the suggestion queue, drafts and the three actions.

todayTitle = Today
todayIntro = People worth a personal note, and why. Shopkeeper never sends anything itself.
todayEmpty = Nobody needs a follow-up today. Enjoy the quiet.
todayStartHint = Suggestions come from what you record: customers, their sales, and what they allow.
todayStartCustomers = Go to customers
todayStartImport = Import from a spreadsheet
todayLoadFailed = Today's suggestions could not be worked out.
todayDueThisWeek =
    { $n ->
        [one] { $n } follow-up this week
       *[other] { $n } follow-ups this week
    }
todayKinds =
    .replenishment-due = Running out soon
    .lapsing-regular = Regulars you haven't seen
    .occasion = Occasions coming up
    .matches-taste = New in, to their taste
    .service-check = Service due
    .promised-follow-up = Promised follow-ups
    .thank-you = Thank-yous
todayOtherKind = Other
todayKind =
    .replenishment-due = Running low
    .lapsing-regular = Not seen for a while
    .occasion = A date coming up
    .matches-taste = Just in, to their taste
    .service-check = Service due
    .promised-follow-up = You promised
    .thank-you = Say thank you
todayKindFilter = Show only
todayAllKinds = All
todayOrder = Most likely to come back first, by what your sales so far say.
todayChannel = They allow: { $channel }
todayInPerson = No messages allowed: mention it in person next visit
todayChannels =
    .email = email
    .sms = text message
    .phone = phone call
    .post = post
    .messaging = messaging app
    .in-person = in person
todayWhy = Why this suggestion
todayOpenProfile = Open { $name }'s profile
todayDraft = Draft
todayHideDraft = Hide draft
todaySubject = Subject
todayMessage = Message
todayCopy = Copy
todayCopied = Copied. Paste it into your message within a minute: then it is cleared from the clipboard.
todayUndo = Undo
todayUndone = Taken back: the suggestion is on the list again.
# Arguments: $app
todayOpenedAsk = { $app ->
    [call] Spoke to them? Mark the follow-up as done, and it goes into the contact log.
   *[other] Sent it? Mark the follow-up as done, and it goes into the contact log.
}
# Arguments: $app
todayMarkSent = { $app ->
    [call] Mark as called
   *[other] Mark as sent
}
todayOpenLink = { $app ->
    [mail] Open in mail app
    [sms] Send as a text
    [call] Call
    [whatsapp] Open in WhatsApp
    [signal] Open in Signal
   *[other] Open
}
todayDone = Done
todayDoneHow = How did you reach them?
todayDoneNote = What was said (optional)
todayDoneSave = Mark as done
todaySnooze = Snooze
todaySnoozeUntil = Show it again on
todaySnoozeSave = Snooze
todayDismiss = Dismiss
todayDismissWhy = Why?
todayDismissReasons =
    .not-relevant = Not relevant
    .already-handled = Already handled
    .not-interested-in-kind = They don't want this kind of note
todayDismissSave = Dismiss
todayMarkedDone = Done: written in { $name }'s contact log.
# Arguments: $name, $until
todaySnoozed = { $name } will come back on { $until }.
todayDismissed = Dismissed for { $name }.
todayRecent = Recent contacts
todayRecentEmpty = No contacts logged yet.
qualityTitle = How good are my suggestions?
# Arguments: $lookback, $horizon
qualityIntro = Shopkeeper looks back: it ranks your customers as it would have { $lookback } days ago, using only the sales it knew of then, and checks who really came back in the { $horizon } days after.
qualityWorking = Looking back through your sales…
# Arguments: $n, $m, $lookback, $horizon
qualitySentence = Of the people Shopkeeper would have put first { $lookback } days ago, { $n } in 10 came back within { $horizon } days; picking by “who came most recently” would have found { $m } in 10.
# Arguments: $customers, $share
qualityAverage = Across all { $customers } customers who had bought by then, { $share } came back.
qualityVerdict =
    .better = So the order on this page is worth following.
    .same = About as good as starting with the most recent customers; it gets better as your history grows.
    .worse = Here, starting with the most recent customers would have done better. Suggestions learn from every sale you record.
qualityMethod =
    .learned = what this shop's own history teaches
    .blend = how often and how recently each customer buys, and their own rhythm
    .bgnbd = how often and how recently each customer buys
    .rhythm = each customer's own rhythm
    .recency = who came most recently
qualityMethodOther = the way that did best on your sales
qualityRankedBy = The list above is in the same order: customers ranked by { $how }.
# Arguments: $how, $n, $others
qualityChosen = Chosen because, on your latest weeks of sales, ranking by { $how } put a customer who came back ahead of one who did not { $n } times in 100; { $others }.
# Arguments: $how, $n
qualityBeat = by { $how }, { $n } times in 100
qualityChartTitle = Purchases expected and really made in the { $horizon } days, per tenth of customers
qualityExpected = Expected
qualityActual = Really bought
qualityAxisX = Customers in tenths, from least to most likely to come back
qualityAxisY = Purchases each
# Arguments: $horizon, $lowExpected, $lowActual, $highExpected, $highActual
qualityChartSummary = Bar chart. In the tenth of customers least likely to come back, each was expected to buy { $lowExpected } times in { $horizon } days and bought { $lowActual }; in the most likely tenth, { $highExpected } expected and { $highActual } really bought.
qualityTooLittle = There isn't enough history yet to tell. Once you have recorded a few months of sales from a few dozen customers, this shows how well the suggestions would have worked.
qualityFailed = This could not be worked out just now.

todayDaySheet = Print today's sheet
todayDaySheetTitle = Today's follow-ups
todayDaySheetSaved = Saved to { $path }. This file is not encrypted: print it, then delete it.
