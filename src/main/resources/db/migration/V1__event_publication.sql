-- Spring Modulith's event publication registry: listeners that must not lose an event are retried from here.
create table event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp(6) with time zone not null,
    completion_date  timestamp(6) with time zone
);
create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);
-- completion is looked up by listener and event when the publication id is not at hand
create index ix_event_publication_listener on event_publication (listener_id, serialized_event);

create table event_publication_archive (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp(6) with time zone not null,
    completion_date  timestamp(6) with time zone
);
