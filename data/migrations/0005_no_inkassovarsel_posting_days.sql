-- Inkassoloven § 9: the inkassovarsel gives at least 14 days from when it is SENT. Letters
-- are posted the day after they are written at the earliest, so a deadline of the letter's
-- date + 14 days left 13. The shipped level now gives 17 days (three days to post it); the
-- letter names its deadline and says it is at least 14 days after sending. Only a level
-- still at the shipped 14 days is changed.
UPDATE dunning_levels SET deadline_days = 17 WHERE country = 'NO' AND level = 3 AND deadline_days = 14
    AND text_key = 'no_inkassovarsel';
