-- When the donor recorded a pledge's delivery, for the supervision rule on pledges delivered and not
-- received (policy §14). Pledges delivered before this column existed keep it empty; the rule then
-- counts from the pledge's created_at, the earliest the delivery can have been.
ALTER TABLE board_pledge ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
