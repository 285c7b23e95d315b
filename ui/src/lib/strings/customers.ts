// Words of the customer book: the list, the search and the new-customer form.
export const customers = {
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
  loadFailed: "The customer list could not be loaded.",
} as const;
