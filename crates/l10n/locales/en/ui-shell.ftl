## Words of the app's frame: its name, the sidebar, the command palette, the theme.

appName = Shopkeeper
storedAt = Kept encrypted on this computer at { $path }
mainMenu = Main menu
# Arguments: $label, $keys
shortcutHint = { $label } ({ $keys })
palette = Go to…
paletteHint = Find a customer or a screen (Ctrl+K)
palettePlaceholder = Type a name, an email, a phone number or a screen
paletteNothing = Nothing matches. Try fewer letters.
paletteScreens = Screens
paletteCustomers = Customers
theme = Theme
themes =
    .system = Like the system
    .light = Light
    .dark = Dark
