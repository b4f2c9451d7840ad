-- Notification e-mail (issue 8): each user's settings, and the mail outbox written in the
-- same transaction as the notice it tells of. A relay sends due mails (row locks with
-- skip locked, so two instances never send one mail twice) and marks them sent only
-- after the SMTP server accepted them; a failure is retried later with a growing delay.
-- A mail of a user who chose the daily digest waits (digest = true) until the daily job
-- gathers the day's into one mail (digest_mail_id). Mails carry no personal data: an
-- object number, a date and a link that requires login.
create table notification_settings (
    username     text        primary key,
    organisation text        not null check (organisation in ('HOUSING', 'SOCIAL')),
    email        text,
    delivery     text        not null check (delivery in ('IMMEDIATE', 'DAILY')),
    updated_at   timestamptz not null
);
create index notification_settings_organisation on notification_settings (organisation) where email is not null;

create table mail_outbox (
    id              uuid        primary key,
    username        text        not null,
    address         text        not null,
    subject         text        not null,
    body            text        not null,
    link            text,
    digest          boolean     not null,
    digest_mail_id  uuid,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    attempts        integer     not null default 0,
    last_error      text,
    sent_at         timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null and not digest;
create index mail_outbox_digest on mail_outbox (username) where digest and digest_mail_id is null;

-- The takeover saga as the shared view follows it: social services' approval, the housing
-- company's refusal (its reason code only; the motivation stays in the housing company).
-- The completion is contract.taken_over_on.
alter table contract
    add column takeover_approved_on    date,
    add column takeover_refused_on     date,
    add column takeover_refused_reason text;

-- A placement whose social contract the subtenant took over: the first day of the own contract.
alter table placement add column own_contract_on date;

-- Reminders (issue 8): the agreement says after how many days a contract transferable
-- without an approved takeover is reminded of, and again every as many days (0 = never);
-- the contract keeps the day of its last reminder, so the daily job reminds once a day.
alter table agreement_version
    add column takeover_reminder_days int not null default 14
        check (takeover_reminder_days between 0 and 365);
alter table contract add column reminded_on date;
