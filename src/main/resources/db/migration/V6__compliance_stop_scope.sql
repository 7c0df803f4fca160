-- A permanent block either closes one channel or address, or stops every automated contact of the case.
alter table compliance_decision add column stops_automation boolean default false not null;
alter table compliance_rule_result add column stops_automation boolean default false not null;
