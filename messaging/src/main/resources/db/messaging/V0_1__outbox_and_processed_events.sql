-- The messaging foundation's tables, created in each service's own database by that
-- service's Flyway (spring.flyway.locations includes classpath:db/messaging):
--   outbox_event     events committed in the same transaction as their change; the relay
--                    publishes unsent rows in id order and deletes sent ones after retention
--   processed_event  the ids of events this service's consumers have processed, written in
--                    the same transaction as the effect, so a redelivery is a no-op
-- Version 0.1 runs before every service's own V1.
create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    aggregate_key  text        not null,
    event_type     text        not null,
    event_version  int         not null,
    payload        text        not null,
    correlation_id text,
    occurred_at    timestamptz not null,
    sent_at        timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
create index processed_event_processed_at on processed_event (processed_at);
