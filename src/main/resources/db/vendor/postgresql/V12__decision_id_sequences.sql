-- Decisions and rule results take their ids from sequences so Hibernate can batch a decision's rule rows into one
-- statement (IDENTITY ids force one insert per row). Hibernate's pooled optimizer hands out the 50 ids up to each
-- value it draws, so the first value is the highest existing id plus 50. The same migration for H2 sits in
-- db/vendor/h2: PostgreSQL cannot restart a sequence from a subquery and H2 has no setval.
create sequence compliance_decision_seq start with 50 increment by 50;
create sequence compliance_rule_result_seq start with 50 increment by 50;
select setval('compliance_decision_seq', coalesce((select max(id) from compliance_decision), 0) + 50, false);
select setval('compliance_rule_result_seq', coalesce((select max(id) from compliance_rule_result), 0) + 50, false);
