-- Which writer produced each outbound message: "template" or "llm", the template variant (for a model-written
-- message the one it replaced), the model and the prompt version. Kept with the message for A/B results and audits.
alter table outreach_message add column composer varchar(16);
alter table outreach_message add column template_variant varchar(100);
alter table outreach_message add column model varchar(100);
alter table outreach_message add column prompt_version varchar(40);
create index ix_outreach_message_variant on outreach_message (template_variant, created_at);
