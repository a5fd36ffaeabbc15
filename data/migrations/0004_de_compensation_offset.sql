-- § 288 Abs. 5 Satz 3 BGB: the 40 € flat fee is credited against damages that are costs of
-- pursuing the claim, which reminder costs (Mahnkosten) are. The shipped German row did not
-- offset them, so letters charged both; from now on the flat fee absorbs the reminder costs
-- (fee + compensation together stay 40 € per claim while the fees are below it), as the
-- Norwegian standard compensation already does. Only the shipped row is changed.
UPDATE fee_rules SET offsets_fees = 1,
    source = '§ 288 Abs. 5 BGB: Pauschale 40 € je Forderung, anzurechnen auf Kosten der Rechtsverfolgung (auch Mahnkosten)'
WHERE country = 'DE' AND kind = 'compensation' AND debtor = 'business' AND valid_from = '2014-07-29'
    AND amount = 4000 AND currency = 'EUR' AND offsets_fees = 0;
