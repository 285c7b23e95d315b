-- Shopkeeper schema 8: the language of the words a customer was shown when
-- they gave or refused consent (issue 22). With `wording_version`, it says
-- exactly which question they answered: Customer view and the paper form
-- ask in the customer's language. Entries recorded before, and those the
-- owner records by hand, have none (NULL).
ALTER TABLE consent_entry ADD COLUMN language TEXT;
