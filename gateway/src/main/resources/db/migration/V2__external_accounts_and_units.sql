-- Accounts of staff who log in through an OpenID Connect provider (a municipality's IdP),
-- and the organisational unit of an account (e.g. Vuxenenheten).

alter table user_account
    add column unit              text check (unit is null or length(unit) between 1 and 200),
    -- The provider's issuer and the user's subject there; both null for a local account.
    add column identity_provider text,
    add column provider_subject  text,
    -- An external account has no password: it cannot log in with the local form.
    alter column password_hash drop not null;

alter table user_account
    add constraint user_account_provider_subject unique (identity_provider, provider_subject),
    add constraint user_account_local_or_external check (
        (identity_provider is null and provider_subject is null and password_hash is not null)
        or (identity_provider is not null and provider_subject is not null and password_hash is null));

-- An external account's username comes from the provider and may be an e-mail address.
alter table user_account drop constraint user_account_username_check;
alter table user_account add constraint user_account_username_check check (
    username = lower(username)
    and (username ~ '^[a-z0-9._-]{2,64}$'
         or (identity_provider is not null and username ~ '^[a-z0-9._@+-]{2,200}$')));
