-- In-app notices: a kind, a message key with its arguments, a link, and an audience of one
-- user (recipient) or a whole organisation (every HOUSING_* or every SOCIAL_* user). Read
-- state per user.
create table notification (
    id           uuid        primary key,
    kind         text        not null,
    text_key     text        not null,
    text_args    text[]      not null default '{}',
    link         text,
    recipient    text,
    organisation text        check (organisation in ('HOUSING', 'SOCIAL')),
    created_at   timestamptz not null,
    check ((recipient is null) <> (organisation is null))
);
create index notification_recipient on notification (recipient, created_at) where recipient is not null;
create index notification_organisation on notification (organisation, created_at) where organisation is not null;

create table notification_read (
    notification_id uuid        not null references notification (id) on delete cascade,
    username        text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, username)
);
