## Words of the import wizard.

import = Import
impTitle = Import from a till, web shop or spreadsheet
impSteps =
    .choose = Choose the file
    .check = Check what Shopkeeper found
    .import = Import
# Arguments: $n, $of, $name
impStep = Step { $n } of { $of }: { $name }
impIntro = Bring customers or purchases over from a CSV file as your till or web shop exports it (Shopify, Square, SumUp, Lightspeed, Loyverse, WooCommerce or a spreadsheet saved as CSV), or contacts from a phone or address book (.vcf). Shopkeeper checks the file first and saves nothing until you say so.
impFile = CSV file
impVcfFile = Contacts file (.vcf)
impChooseFile = Choose…
impKind = The file holds
impKinds =
    .customers = Customers, one per row
    .purchases = Purchases, one item per row
    .vcard = Contacts from a phone or address book (vCard)
impVcardMerge = When a contact is already a customer, add its emails, phones and tags to them (otherwise it is left out)
# Arguments: $added, $duplicates, $skipped
impVcardWouldDo = New customers: { $added }. Already customers: { $duplicates }. Contacts left out: { $skipped }.
# Arguments: $added, $duplicates, $merged, $skipped
impVcardSummary =
    { $merged ->
        [true] New customers: { $added }. Already customers, updated: { $duplicates }. Contacts left out: { $skipped }.
       *[false] New customers: { $added }. Already customers, left as they were: { $duplicates }. Contacts left out: { $skipped }.
    }
impCardNotes = What was not kept
impCard = Contact
# Arguments: $position, $name
impCardName = { $position }. { $name }
impCardNoName = (no name)
impCardSkipped = left out
impUnlisted = And { $n } more contacts with something not kept.
impNext = Next
impBack = Back
impColumn = Column
impField = Shopkeeper field
impIgnore = — not imported —
impDuplicate = Two columns are set to { $field }; choose one.
impChecking = Checking…
impReading = Reading the file…
impBadRows = Rows with a problem
impLine = Line
impReason = Problem
impSkipBad = Import the good rows and leave out the rows with a problem
impNothingIfBad = With rows that have a problem, nothing is imported unless you choose to leave them out.
impRun = Import
impRunning = Importing… you can keep working.
# Arguments: $rows, $total
impProgress = { $rows } of { $total } rows
impNotWritten = Nothing was imported.
impUndo = Undo this import
impUndoing = Undoing…
# Arguments: $purchases, $customers, $products, $consents
impUndone =
    { $consents ->
        [0] Import undone: removed { $purchases } purchases, { $customers } new customers and { $products } new products. The shop is as it was before.
       *[other] Import undone: removed { $purchases } purchases, { $customers } new customers and { $products } new products, and { $consents } consents recorded from the file. The shop is as it was before.
    }
impAnother = Import another file
impLooksLike = This looks like a { $name }.
impReadAs = Read as a { $name }, as you chose.
impRemembered = Your column choices from last time were used.
impMapped = Read with your column choices.
impByNames = Columns matched by their names.
# Arguments: $rows, $good
impFactRows = { $rows } rows, { $good } ready to import
impFactReceipts =
    { $n ->
        [one] { $n } receipt or order
       *[other] { $n } receipts or orders
    }
# Arguments: $created, $matched
impFactCustomers = { $created } new customers, { $matched } already in the shop
impFactCurrency = amounts in { $code }
impFactCurrencyNew = amounts in { $code } (will become the shop's currency)
impFactDates = dates written { $order }
impDateOrders =
    .dmy = day first (31/03/2024)
    .mdy = month first (03/31/2024)
    .ymd = year first (2024-03-31)
impFirstLines = The first lines, as they will be stored
impFirstRows = The first rows of the file
impWhen = Date
impWho = Customer
impLineProduct = Product
impQty = Quantity
impUnitPrice = Unit price
impTotal = Total
impReceipt = Receipt
impRefundOf = Refund of { $receipt }
impRefund = Refund
impFix = Fix a column
impFixIntro = Choose what each column holds, then check again. Nothing is saved until you import.
impLayout = Read the file as
impLayoutFound = As recognised
impDateOrder = Dates like 03/04/2024 mean
impDateOrderAuto = Decide from the file
impDateDmy = 3 April (day first)
impDateMdy = 4 March (month first)
impDatesAmbiguous = Every date in this file reads both day first and month first: 03/04/2024 could be 3 April or 4 March.
impDateOrderAsk = Tell Shopkeeper how this file writes dates, then check again.
impSample = First value
impCheckAgain = Check again with these choices
impWillRemember = Shopkeeper will remember these choices for files like this one.
# Arguments: $purchases, $lines
impSumPurchases = { $purchases } purchases recorded, { $lines } lines.
# Arguments: $created, $matched
impSumCustomers = { $created } new customers, { $matched } already in the shop.
impSumWalkIns =
    { $n ->
        [one] { $n } sale without a customer, not imported.
       *[other] { $n } sales without a customer, not imported.
    }
impSumRefunds =
    { $n ->
        [one] { $n } refund or return among them.
       *[other] { $n } refunds and returns among them.
    }
impSumAlready =
    { $n ->
        [one] { $n } receipt was already in the shop, left as they were.
       *[other] { $n } receipts were already in the shop, left as they were.
    }
impSumNotSales =
    { $n ->
        [one] { $n } row is not a sale (voided, cancelled, refunded in full, or a payment row), left out.
       *[other] { $n } rows are not a sale (voided, cancelled, refunded in full, or a payment row), left out.
    }
impSumConsents =
    { $n ->
        [one] { $n } consent from the file recorded.
       *[other] { $n } consents from the file recorded.
    }
impSumCurrency = The shop's currency is now { $code }, as in the file.
impSumBad =
    { $n ->
        [one] { $n } row left out because of a problem (listed below).
       *[other] { $n } rows left out because of a problem (listed below).
    }
impSumRemembered = Your column choices are remembered for the next file like this one.
impUndoAsk = Remove everything this import added? Purchases, new customers and new products go; nothing else changes.
impUndoYes = Yes, undo the import
impUndoNo = Keep it
impMoreBad = And { $n } more rows with a problem.
impWhat =
    .customer_ref = Customer number
    .customer_name = Name
    .given_name = Given name
    .family_name = Family name
    .email = Email
    .phone = Phone
    .address = Address
    .language = Language
    .birthday = Birthday
    .tags = Tags
    .notes = Notes
    .date = Date
    .sku = Product code (SKU)
    .product = Product
    .quantity = Quantity
    .line_total = Line total
    .channel = Where sold
    .note = Note
    .receipt = Receipt number
    .unit_price = Unit price
    .refund_of = Refund of receipt
    .contact = Email or phone
    .currency = Currency
    .discount = Discount
    .time = Time
