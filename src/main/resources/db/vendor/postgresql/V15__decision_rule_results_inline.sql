-- Each decision keeps its rules' answers in one jsonb column: storing an evaluation becomes a single insert.
-- Existing answers move over unchanged, in rule order.
alter table compliance_decision add column rule_results jsonb;

update compliance_decision d
   set rule_results = coalesce((
       select jsonb_agg(jsonb_build_object(
                  'position', r.position,
                  'ruleId', r.rule_id,
                  'citation', r.citation,
                  'blocked', r.blocked,
                  'message', r.message,
                  'detail', r.detail,
                  'earliestAllowedAt', to_char(r.earliest_allowed_at at time zone 'UTC',
                                               'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                  'stopsAutomation', r.stops_automation) order by r.position)
         from compliance_rule_result r
        where r.decision_id = d.id), '[]'::jsonb);

alter table compliance_decision alter column rule_results set not null;
drop table compliance_rule_result;
drop sequence compliance_rule_result_seq;
