-- A decision keeps the consumer's inbound contact the proposal answered (Reg F's respond-once exceptions), if any.
alter table compliance_decision add column in_response_to bigint;

-- TC-04 (revoke-all) reads the consent revocations of one number, whichever borrower they were recorded for.
create index ix_contact_restriction_revoked_number on contact_restriction (contact_point, kind, lifted_at);
