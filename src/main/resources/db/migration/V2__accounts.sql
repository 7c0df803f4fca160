-- Borrowers, their contact points and accounts, collection cases and their stage history, and CSV import runs.
-- Sequences (not identity columns) so Hibernate can batch inserts during large imports.
create sequence borrower_seq start with 1 increment by 50;
create sequence contact_point_seq start with 1 increment by 50;
create sequence account_seq start with 1 increment by 50;
create sequence collection_case_seq start with 1 increment by 50;
create sequence case_stage_change_seq start with 1 increment by 50;
create sequence import_rejection_seq start with 1 increment by 50;

create table borrower (
    id            bigint       not null primary key,
    external_id   varchar(64)  not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    language      varchar(2)   default 'en' not null,
    address_line1 varchar(200),
    city          varchar(100),
    state         varchar(2)   not null,
    zip           varchar(10)  not null,
    time_zone     varchar(64),
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    constraint uk_borrower_external_id unique (external_id)
);

create table contact_point (
    id            bigint       not null primary key,
    borrower_id   bigint       not null,
    kind          varchar(8)   not null,
    contact_value varchar(254) not null,
    line_type     varchar(10),
    consent       boolean      not null,
    opted_out     boolean      not null,
    created_at    timestamp(6) with time zone not null,
    constraint fk_contact_point_borrower foreign key (borrower_id) references borrower (id),
    constraint uk_contact_point_value unique (borrower_id, contact_value),
    constraint ck_contact_point_kind check (kind in ('PHONE', 'EMAIL'))
);

create table account (
    id              bigint        not null primary key,
    external_id     varchar(64)   not null,
    borrower_id     bigint        not null,
    creditor        varchar(100)  not null,
    product         varchar(100)  not null,
    balance         numeric(19,2) not null,
    amount_past_due numeric(19,2) not null,
    currency        varchar(3)    default 'USD' not null,
    due_date        date          not null,
    delinquent_since date,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    constraint uk_account_external_id unique (external_id),
    constraint fk_account_borrower foreign key (borrower_id) references borrower (id),
    constraint ck_account_balance check (balance >= 0 and amount_past_due >= 0)
);
create index ix_account_borrower on account (borrower_id);

-- open_account_id mirrors account_id while the case is not closed and is null once closed: its unique constraint
-- allows at most one non-closed case per account on every database (no partial indexes needed).
create table collection_case (
    id              bigint       not null primary key,
    account_id      bigint       not null,
    open_account_id bigint,
    status          varchar(16)  not null,
    stage           varchar(16)  not null,
    outcome         varchar(24),
    handoff_reason  varchar(200),
    opened_at       timestamp(6) with time zone not null,
    closed_at       timestamp(6) with time zone,
    version         bigint       not null,
    constraint fk_collection_case_account foreign key (account_id) references account (id),
    constraint uk_collection_case_open_account unique (open_account_id),
    constraint ck_collection_case_open check (
        (status = 'CLOSED' and open_account_id is null and closed_at is not null)
        or (status <> 'CLOSED' and open_account_id = account_id and closed_at is null))
);
create index ix_collection_case_account on collection_case (account_id);
create index ix_collection_case_opened on collection_case (opened_at);

create table case_stage_change (
    id            bigint      not null primary key,
    case_id       bigint      not null,
    from_stage    varchar(16),
    to_stage      varchar(16) not null,
    days_past_due integer     not null,
    changed_at    timestamp(6) with time zone not null,
    constraint fk_case_stage_change_case foreign key (case_id) references collection_case (id)
);
create index ix_case_stage_change_case on case_stage_change (case_id);

create table account_import (
    id              uuid        not null primary key,
    status          varchar(16) not null,
    total_bytes     bigint      not null,
    bytes_read      bigint      not null,
    rows_processed  bigint      not null,
    accepted        bigint      not null,
    updated         bigint      not null,
    rejected        bigint      not null,
    unknown_columns varchar(2000),
    failure_code    varchar(40),
    failure_detail  varchar(500),
    started_at      timestamp(6) with time zone not null,
    finished_at     timestamp(6) with time zone
);

create table import_rejection (
    id          bigint      not null primary key,
    import_id   uuid        not null,
    line        bigint      not null,
    field       varchar(64),
    reason_code varchar(40) not null,
    reason_arg  bigint,
    constraint fk_import_rejection_import foreign key (import_id) references account_import (id)
);
create index ix_import_rejection_import on import_rejection (import_id, line);
