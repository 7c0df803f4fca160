-- Decisions and rule results take their ids from sequences so Hibernate can batch a decision's rule rows into one
-- statement (IDENTITY ids force one insert per row). Hibernate's pooled optimizer hands out the 50 ids up to each
-- value it draws, so the first value is the highest existing id plus 50. The PostgreSQL twin is in
-- db/vendor/postgresql.
create sequence compliance_decision_seq start with 50 increment by 50;
create sequence compliance_rule_result_seq start with 50 increment by 50;
alter sequence compliance_decision_seq restart with (select coalesce(max(id), 0) + 50 from compliance_decision);
alter sequence compliance_rule_result_seq restart with (select coalesce(max(id), 0) + 50 from compliance_rule_result);
