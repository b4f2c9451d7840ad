-- The skeleton's anonymous housing needs (social.housing-need.v1) gave way to housing requests.
drop table housing_need;
