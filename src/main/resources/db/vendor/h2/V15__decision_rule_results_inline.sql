-- Each decision keeps its rules' answers in one json column: storing an evaluation becomes a single insert.
-- Existing answers move over unchanged, in rule order.
alter table compliance_decision add column rule_results json;

update compliance_decision d
   set rule_results = coalesce((
       select json_arrayagg(json_object(
                  'position': r.position,
                  'ruleId': r.rule_id,
                  'citation': r.citation,
                  'blocked': r.blocked,
                  'message': r.message,
                  'detail': r.detail,
                  'earliestAllowedAt': formatdatetime(r.earliest_allowed_at, 'yyyy-MM-dd''T''HH:mm:ss.SSSSSS''Z''',
                                                      'en', 'UTC'),
                  'stopsAutomation': r.stops_automation null on null) order by r.position)
         from compliance_rule_result r
        where r.decision_id = d.id), json '[]');

alter table compliance_decision alter column rule_results set not null;
drop table compliance_rule_result;
drop sequence compliance_rule_result_seq;
