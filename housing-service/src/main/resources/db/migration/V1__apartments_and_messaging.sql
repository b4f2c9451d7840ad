-- The messaging foundation's tables (see the messaging module): events committed with their
-- change, and the ids of events this service's consumers have processed.
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

-- The housing company's apartments.
create table apartment (
    id                 uuid          primary key,
    object_number      text          not null unique check (object_number ~ '^[0-9A-Za-z][0-9A-Za-z-]{0,19}$'),
    address            text          not null check (length(address) between 1 and 200),
    stairwell          text          not null check (length(stairwell) between 1 and 40),
    rooms              int           not null check (rooms between 1 and 20),
    area_square_metres numeric(6, 1) not null check (area_square_metres > 0),
    monthly_rent       numeric(10, 2) not null check (monthly_rent > 0),
    status             text          not null check (status in ('LET', 'VACANT')),
    available_from     date,
    registered_at      timestamptz   not null,
    check ((status = 'VACANT') = (available_from is not null))
);
create index apartment_stairwell on apartment (stairwell);
