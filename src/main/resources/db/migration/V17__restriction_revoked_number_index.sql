-- TC-04 (revoke-all) reads the consent revocations of one number, whichever borrower they were recorded for.
create index ix_contact_restriction_revoked_number on contact_restriction (contact_point, kind, lifted_at);
