-- Payments posted against accounts; the payer's external reference makes posting idempotent.
create sequence payment_seq start with 1 increment by 50;

create table payment (
    id                   bigint        not null primary key,
    external_reference   varchar(100)  not null,
    account_id           bigint        not null,
    account_external_id  varchar(64)   not null,
    case_id              bigint,
    amount               numeric(19,2) not null,
    currency             varchar(3)    not null,
    paid_at              timestamp(6) with time zone not null,
    days_past_due_after  integer       not null,
    posted_at            timestamp(6) with time zone not null,
    constraint uk_payment_external_reference unique (external_reference),
    constraint ck_payment_amount check (amount > 0)
);
create index ix_payment_case on payment (case_id);
create index ix_payment_account on payment (account_id);
