// Every word the UI shows, in one place, so Shopkeeper can be translated.
export const t = {
  appName: "Shopkeeper",
  customers: "Customers",
  addCustomer: "Add a customer",
  name: "Name",
  email: "Email",
  phone: "Phone",
  optional: "optional",
  save: "Save customer",
  saving: "Saving…",
  noCustomers: "No customers yet. Add the first one with the form.",
  customerCount: (n: number) => (n === 1 ? "1 customer" : `${n} customers`),
  added: (name: string) => `${name} was added.`,
  storedAt: (path: string) => `Stored on this computer at ${path}`,
  loadFailed: "The customer list could not be loaded.",
} as const;
