-- Turnover figures published to housing.turnover.v1: on demand (any number per year) and
-- once per year when it closes (the unique index keeps the scheduled job idempotent).
create table turnover_publication (
    id                bigint generated always as identity primary key,
    year              int         not null check (year between 1900 and 2999),
    re_lets           int         not null check (re_lets >= 0),
    apartments_re_let int         not null check (apartments_re_let >= 0),
    apartments        int         not null check (apartments >= 0),
    reason            text        not null check (reason in ('YEAR_CLOSED', 'ON_DEMAND')),
    published_at      timestamptz not null
);
create unique index turnover_publication_year_closed on turnover_publication (year) where reason = 'YEAR_CLOSED';
