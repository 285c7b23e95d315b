## Words of the Catalog screen.

catalogTitle = Catalog
catalogSearch = Find a product
catalogSearchPlaceholder = Name, SKU, category or tag
catalogEmpty = No products yet. Add the first one with the form.
catalogNothing = No product matches. Try fewer letters.
catalogCount =
    { $all ->
        [one] { $all } product
       *[other] { $all } products
    }
# Arguments: $shown, $all
catalogCountShown = { $shown } of { $all } products
catalogNew = New
catalogNewHint = Arrived in the last 30 days
catalogSoon = Arriving { $date }
catalogAdd = Add a product
catalogEdit = Edit { $name }
catalogEditButton = Edit
catalogSku = SKU
catalogName = Name
catalogCategory = Category
catalogTags = Attributes and tags
catalogTagsHint = e.g. decaf, size:42
catalogPrice = Price
catalogUseUp = Used up after
catalogUseUpHint = days; e.g. 30 for a bag of coffee
catalogService = Service every
catalogServiceHint = days; e.g. 180 for a bike check
catalogArrival = Arrival date
catalogOptional = optional
catalogSave = Save product
catalogSaving = Saving…
catalogCancel = Cancel
catalogArchive = Take out of the catalog
catalogArchiveHint = Past sales keep its name; it is no longer offered.
catalogAdded = { $name } was added.
catalogUpdated = { $name } was saved.
catalogArchived = { $name } was taken out of the catalog.
catalogLoadFailed = The catalog could not be loaded.
catalogColProduct = Product
catalogColCategory = Category
catalogColPrice = Price
catalogColIntervals = Intervals
catalogDays =
    { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
catalogUseUpShort = used up in { $days }
catalogServiceShort = service every { $days }
