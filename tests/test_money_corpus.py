"""The money fields of plan sheets written apart (tests/money/, see tests/money.py): each sheet's
budget, counted by the plan parser, is the one a careful reader counts."""

from __future__ import annotations

import pytest

from . import money

# Cases whose known gap is described here, with the reason; the test fails when one of them
# starts passing (then remove it from this list).
KNOWN_GAPS: dict[tuple[str, int], str] = {
    ("unseen2-budget-fields.yaml", 52): "'Budget prévisionnel (k€ TTC) : 2026 : 12 | … | Total : 40': the "
    "unit is printed once in the label, the numbers after it on the same line carry none",
    ("unseen3-budget-fields.yaml", 55): "'Budget 2026 : 30 000 €, reconduit à l'identique en 2027': "
    "the same amount again for the year a renewal names (60 000 by the writer); ccas reads one year",
    ("unseen5-budget-fields.yaml", 49): "'CAF | 8 000 € / Département | 4 000 € / Commune | 3 000 €': a "
    "table of funders with no money label and no header: not read as the sheet's money",
    ("unseen7-budget-fields.yaml", 43): "'pris en charge sur le budget de fonctionnement courant du CCAS "
    "(3,4 M€)': the CCAS's whole budget, counted",
    ("unseen7-budget-fields.yaml", 51): "'Chèque … de 100 € par foyer pour 250 foyers, soit 25 000 €' with "
    "no money word on the line",
    ("unseen7-budget-fields.yaml", 58): "'(42 000 € chargés par an)' / 'sur 2026-2028': the period of a "
    "yearly amount printed on the next line",
    ("unseen8-budget-fields.yaml", 47): "'Fiche action n° 12 – Budget : 2 400 € (…)': a money line opening "
    "on a sheet's marker and number is read as the heading of another sheet",
    (
        "unseen9-budget-fields.yaml",
        25,
    ): "'2026 : CAF 4 000 € / CCAS 2 000 € / 2027 : …' with no money label: a "
    "line of funders' shares by year, not read as the sheet's money",
    (
        "unseen10-budget-fields.yaml",
        34,
    ): "'2026 : CAF 4 000 € ; CCAS 1 000 €' / '2027 : …' with no money label (as unseen9 #25)",
    ("unseen10-budget-fields.yaml", 38): "'Subvention au transporteur : 16 000 € (2026) et 16 000 € (2027)' "
    "beside a fare: 'Subvention' names no cost of the action in the vocabulary",
    (
        "unseen11-budget-fields.yaml",
        35,
    ): "'Enveloppe de l'axe 2 : 200 000 € pour l'ensemble des fiches' / 'Part "
    "affectée à la présente fiche : 35 000 €': the part's envelope taken for the sheet's",
    ("unseen13-budget-fields.yaml", 21): "'2026 : 6 000 € ; 2027 : idem ; 2028 : idem': 'idem' repeats an "
    "amount without printing it (as unseen11 #32)",
    ("unseen13-budget-fields.yaml", 27): "'minibus du CCAS (acquis en 2022 pour 24 000 €)': a past purchase "
    "under 'Moyens matériels', counted as the action's money",
    ("unseen13-budget-fields.yaml", 35): "a page footer ('… – page 17 / 42') between a funder's name and its "
    "amount: the list is cut there",
    ("unseen14-budget-fields.yaml", 6): "'intégré à l'enveloppe de l'action 1.2 … (30 000 €)': another "
    "action's envelope, counted as this one's",
    (
        "unseen14-budget-fields.yaml",
        21,
    ): "'Enveloppe doublée par rapport à 2025 (6 000 €) : 12 000 € en 2026': the year compared with, added",
    ("unseen14-budget-fields.yaml", 26): "'Action | BP 2025 | BP 2026 | Écart': a budget-vote table, last "
    "year's column and the difference not told apart",
    (
        "unseen14-budget-fields.yaml",
        27,
    ): "'Chapitre 011 – Charges à caractère général : 6 500 €' with no money "
    "label: lines by budget chapter not read as costs",
    ("unseen14-budget-fields.yaml", 28): "'6042 Achats de prestations ........ 4 200 €': lines opening on an "
    "account number, with dot leaders, not read as costs",
    ("unseen14-budget-fields.yaml", 37): "'1 200 € par trimestre pendant deux ans': quarters over years "
    "(eight) not counted",
    (
        "unseen14-budget-fields.yaml",
        38,
    ): "'(biennal, éditions 2026 et 2028) : 6 000 € par édition': an amount "
    "per edition times the editions named",
    ("unseen14-budget-fields.yaml", 39): "'2027 : 0 € (année d'évaluation)': a zero year ends the list of "
    "yearly amounts",
    ("unseen14-budget-fields.yaml", 42): "'Subvention de 10 000 € versée en deux fois : 6 000 € … 4 000 €': "
    "a grant and its instalments, with no money label",
    ("unseen14-budget-fields.yaml", 43): "'1er versement … : 5 000 €' / 'Solde … : 3 000 €' with no money "
    "label: payments not read as costs",
    ("unseen13-budget-fields.yaml", 38): "'Scénario A : 40 000 €' / 'Scénario B : 25 000 €' / 'Scénario "
    "retenu … : B': only the retained option counts; ccas reads no choice between options",
    ("unseen15-budget-fields.yaml", 5): "a two-column label/value box whose label and amount both wrap "
    "('Coût  Investissement : 24' / 'prévisionnel  000 € HT'): the columns are not split",
    ("unseen15-budget-fields.yaml", 9): "a Total cell of an aligned table wrapped onto a line of its own "
    "('42' / '000 €' under its column)",
    (
        "unseen15-budget-fields.yaml",
        14,
    ): "a quote aligned by spaces (Qté, P.U. HT, Montant HT, then Total HT, "
    "TVA, Total TTC rows) with bare figures: not read as a money table",
    ("unseen15-budget-fields.yaml", 17): "a header with a blank label cell ('   Rappel CA 2025   BP 2026   "
    "BP 2027'): budget columns named by their vote, not by years",
    ("unseen15-budget-fields.yaml", 19): "'Action  Nombre  Coût unitaire  Coût total' aligned by spaces: "
    "no money label over the table",
    ("unseen15-budget-fields.yaml", 22): "'Moyens : 1,5 ETP' then 'Coût chargé des postes : 58 500 €' and "
    "'Frais de fonctionnement : 4 000 €': the second line is read as a part of the first",
    ("unseen15-budget-fields.yaml", 26): "'Moyens  ETP  Coût annuel' aligned by spaces, a Total row: the "
    "table under a staff heading is not read as money",
    ("unseen15-budget-fields.yaml", 31): "'Échéancier : 2026 : € 3 000 – 2027 : € 3 500': amounts in a "
    "schedule field are not counted as the sheet's cost (as with the unit after the figure)",
    ("unseen15-budget-fields.yaml", 34): "'Montants en EUR  2026  2027  Total' over one row: a one-row "
    "aligned table is not read",
    ("unseen15-budget-fields.yaml", 41): "an estimate range, then 'Montant inscrit au BP 2026 : 11 500 €': "
    "the voted amount replacing the estimate is not told apart",
    ("unseen15-budget-fields.yaml", 44): "'de 18 000 € à 22 000 € HT …; marché attribué pour 19 400 € HT': "
    "the awarded contract replacing the estimate is not told apart",
    ("unseen15-budget-fields.yaml", 49): "'Année  Fonctionnement  Investissement  Total', years as rows, a "
    "Total row: the aligned money header with years down its first column is not read",
    ("unseen15-budget-fields.yaml", 51): "'10 % de l'enveloppe … (80 000 €)': the writer computes the share "
    "(8 000); ccas never computes a percentage of an amount",
    ("unseen15-budget-fields.yaml", 52): "'… 25 000 € ; frais de gestion … 8 %, soit 2 000 €': the fee after "
    "'soit' is read as a share of the envelope, not an addition to it",
    ("unseen15-budget-fields.yaml", 56): "'Subvention CAF : 40 % …, plafonnée à 10 000 €' over 'Dépense "
    "prévisionnelle : 30 000 € TTC': the expense under a grant line is not read as the cost",
    ("unseen15-budget-fields.yaml", 58): "a 'Moyens' list of staff (per year), equipment and money per "
    "year over 'Durée de l'action : 2026-2027': the yearly amounts are not multiplied by the duration",
    ("unseen15-budget-fields.yaml", 60): "'Enveloppe 2026 :' / '14 000 € ; enveloppe 2027 : 15' / '000 €': "
    "a value under its label, then a figure cut between lines, the second part missed",
    (
        "unseen16-budget-fields.yaml",
        1,
    ): "shares told in sentences ('Le CCAS mobilisera … ; la CAF apportera … ; le reste, soit …') with no cost: only the remainder after 'soit' is read",
    (
        "unseen16-budget-fields.yaml",
        2,
    ): "'coût total … 30 000 €' then funders' shares in the next sentences: the shares are added to the cost",
    (
        "unseen16-budget-fields.yaml",
        5,
    ): "'un montant équivalent': a second amount told by reference, not printed",
    (
        "unseen16-budget-fields.yaml",
        6,
    ): "'ce montant sera porté à 7 000 € en 2027, puis à 8 000 € en 2028': the next years' amounts read as revisions of one amount",
    (
        "unseen16-budget-fields.yaml",
        8,
    ): "'12 000 € la première année …, ramené à 4 000 € par an en 2027 et en 2028': the later years read as a revision",
    (
        "unseen16-budget-fields.yaml",
        9,
    ): "'augmentera de 2 000 € chaque année jusqu'en 2028': a yearly increase the reader must compute",
    (
        "unseen16-budget-fields.yaml",
        10,
    ): "'reconduite à l'identique en 2027 et en 2028': the renewed years are told, not printed",
    (
        "unseen16-budget-fields.yaml",
        11,
    ): "a funder's share 'maintenue' the next year: amounts told by reference",
    ("unseen16-budget-fields.yaml", 13): "'revalorisée de 10 %': the revised amount must be computed",
    (
        "unseen16-budget-fields.yaml",
        14,
    ): "a year's budget unchanged, the next one revised ('initialement fixé à …, porté à …'): the unchanged year is not added",
    (
        "unseen16-budget-fields.yaml",
        16,
    ): "'complétée de 2 500 € par décision modificative': the supplement is not added to the envelope",
    (
        "unseen16-budget-fields.yaml",
        17,
    ): "'6 000 € par an sur 2026-2028, porté à 7 500 € par an à compter de 2027': a revision from a year on",
    (
        "unseen16-budget-fields.yaml",
        19,
    ): "'la participation du CCAS, initialement de 15 000 €, est portée à 18 000 €' after a user fare: the revision is not read in that sentence",
    (
        "unseen16-budget-fields.yaml",
        22,
    ): "a meal price, its cost of production, then 'une subvention d'équilibre … de 46 000 € par an en 2026 et en 2027': the subsidy over two years is missed",
    (
        "unseen16-budget-fields.yaml",
        23,
    ): "'pour un montant total de 10 000 €, auxquels s'ajoutent 300 € de frais de gestion': the addition is not read",
    (
        "unseen16-budget-fields.yaml",
        24,
    ): "a fund of 20 000 € and 'Pour mémoire, … 48 600 €' (a past total): the past figure is counted",
    (
        "unseen16-budget-fields.yaml",
        27,
    ): "amounts in words, the second a revision of the first year for the next ('portée à … en 2027'): read as one revised amount",
    (
        "unseen16-budget-fields.yaml",
        29,
    ): "a 'Moyens' list mixing a post's yearly cost, its funder's share and equipment: the staff cost is not counted",
    (
        "unseen16-budget-fields.yaml",
        31,
    ): "'a confirmé une participation de 45 k€ ; la CAF a été sollicitée pour 15 k€ supplémentaires': funders' shares with no cost",
    (
        "unseen16-budget-fields.yaml",
        36,
    ): "money only in the Description ('une subvention annuelle de 7 500 € sur la durée de la convention (2026-2028)')",
    (
        "unseen16-budget-fields.yaml",
        37,
    ): "a past year's total in the Description, then 'reconduit … avec une enveloppe de 50 000 €': the past figure is counted",
    (
        "unseen16-budget-fields.yaml",
        43,
    ): "'une enveloppe de quinze mille euros, que la CAF complétera par une subvention de 5 000 €': the complement is not added",
    (
        "unseen16-budget-fields.yaml",
        46,
    ): "'un montant identique est prévu pour 2027': a year told by reference",
    (
        "unseen16-budget-fields.yaml",
        49,
    ): "the city's subsidy to the CCAS (1,8 M€), then '42 000 € … en 2026, et autant en 2027': 'autant' not read",
    (
        "unseen16-budget-fields.yaml",
        52,
    ): "a unit price lowered, then 'le budget de l'action passe ainsi de 72 000 € à 57 000 €': both ends of the change are counted",
    (
        "unseen16-budget-fields.yaml",
        54,
    ): "two funders' yearly shares 'pendant trois ans … sur la même période': the second share's period is told by reference",
    (
        "unseen16-budget-fields.yaml",
        55,
    ): "last year's actual cost ('réalisé') beside the amount proposed for 2026: the past figure is counted",
    (
        "unseen16-budget-fields.yaml",
        56,
    ): "a past contribution and amounts still unknown: the past figure is counted (the sheet has no money)",
    (
        "unseen16-budget-fields.yaml",
        58,
    ): "a shared post's full cost, then its share for this sheet per year 2026-2028: the share's years are not multiplied",
    (
        "unseen17-budget-fields.yaml",
        4,
    ): "a MediaWiki table ('{| class=\"wikitable\"', '! … !!', '|-'): its markup is not read as a table",
    (
        "unseen17-budget-fields.yaml",
        7,
    ): "HT and TTC columns side by side: the HT column is counted, the writer counts TTC",
    (
        "unseen17-budget-fields.yaml",
        18,
    ): "'DM n° 2 … : – 1 500 €': a negative decision modificative is not subtracted",
    (
        "unseen17-budget-fields.yaml",
        20,
    ): "a quote's line and its discount '– 320,00 €' with no money label: not read",
    (
        "unseen17-budget-fields.yaml",
        21,
    ): "a comparison table 'BP 2025 | BP 2026 | Écart': no column is read as this year's money",
    (
        "unseen17-budget-fields.yaml",
        22,
    ): "'Coût brut : 20 000 €' / '(recettes) : – 3 000 €' / 'Coût net : 17 000 €': the three are added",
    (
        "unseen17-budget-fields.yaml",
        30,
    ): "a cost table and a funders' table of the same money, one under the other: both are counted",
    (
        "unseen17-budget-fields.yaml",
        35,
    ): "a table of HT, TVA and TTC rows by year: the rows are added, not the TTC row taken",
    (
        "unseen17-budget-fields.yaml",
        36,
    ): "'Montant (k€ HT) | Montant (k€ TTC)' columns of bare figures: not read",
    (
        "unseen17-budget-fields.yaml",
        37,
    ): "'35 k€ HT, soit 42 k€ TTC' as bullets: the TTC restatement of each bullet is not added up as the writer does",
    (
        "unseen17-budget-fields.yaml",
        39,
    ): "'reconduction … : 30 000 €' then '+ 6 000 €' and '– 4 000 €' adjustments: the signed lines are not applied",
    (
        "unseen17-budget-fields.yaml",
        40,
    ): "'Coût brut annuel : 15 000 € ; … coût net annuel … 13 000 €' over 2026 and 2027: the net and one year are read",
    (
        "unseen17-budget-fields.yaml",
        46,
    ): "a table of resources ('Ressources | 2026 | 2027' with a Total row): read as shares, not as the cost",
    (
        "unseen17-budget-fields.yaml",
        48,
    ): "an accounts table 'Charges | 14 000' / '(3 000)' / 'Résultat net …': bare figures, receipts in brackets, not read",
    (
        "unseen17-budget-fields.yaml",
        49,
    ): "year bullets with funders nested under them ('- 2026' / '  - CAF : 4 000 €'): nested shares not added",
    (
        "unseen17-budget-fields.yaml",
        51,
    ): "a pipe table without outer pipes, 'Montant (k€ HT)' of bare decimals: not read",
    (
        "unseen17-budget-fields.yaml",
        53,
    ): "'Coût net … : 46,5 k€ HT (coût brut : 52 k€ HT ; …)': the net is read, the writer counts the gross cost",
    (
        "unseen17-budget-fields.yaml",
        54,
    ): "an 'HT | TVA | TTC' table beside a funding plan: the HT column is counted, the writer counts TTC",
    (
        "unseen18-budget-fields.yaml",
        5,
    ): "'1,2M€ invest. + 85K€/an fonct. (2027-2028)': abbreviated labels, a yearly amount over bracketed years after an addition",
    ("unseen18-budget-fields.yaml", 7): "'15 KE HT': k€ typed without the euro sign is not read as money",
    (
        "unseen18-budget-fields.yaml",
        11,
    ): "a pipe table of 'Montant TTC' with no money label above it and no Total row: not read as the sheet's money",
    (
        "unseen18-budget-fields.yaml",
        13,
    ): "a total cell showing '#VALEUR!': the items above are not added up instead",
    (
        "unseen18-budget-fields.yaml",
        14,
    ): "a semicolon export with bare point-decimal figures under 'Montant (€)': not read",
    (
        "unseen18-budget-fields.yaml",
        15,
    ): "the € sign in a column of its own: the figures beside it are not read as amounts",
    ("unseen18-budget-fields.yaml", 17): "'12K | 15K' under 'Budget (€)': K without € in cells",
    (
        "unseen18-budget-fields.yaml",
        18,
    ): "'Participation forfaitaire du CCAS : 2 500.- € HT': a participation label, not read as the cost",
    ("unseen18-budget-fields.yaml", 20): "'3 000.-' cells with the unit only in the header: not read",
    ("unseen18-budget-fields.yaml", 21): "'36 000.- par an' with no € at all: not read",
    (
        "unseen18-budget-fields.yaml",
        23,
    ): "'3,6 K€ HT/an sur la durée du marché (2026-2029)': the period in words then in brackets is not read",
    (
        "unseen18-budget-fields.yaml",
        25,
    ): "an annual amount's HT, VAT and TTC, then 'Durée : 2 ans': the TTC over two years is not computed",
    (
        "unseen18-budget-fields.yaml",
        26,
    ): "a table 'Prestation | € HT/an | Durée (ans) | Total € HT' of bare figures: not read",
    ("unseen18-budget-fields.yaml", 29): "'Réalisé N-1' beside N, N+1, N+2 columns in k€: not read",
    (
        "unseen18-budget-fields.yaml",
        35,
    ): "a cumulative column ('Budget cumulé'): its last figure is the total, ccas reads no column as cumulative",
    ("unseen18-budget-fields.yaml", 36): "a yearly row and a cumulative row in k€: both rows are added",
    ("unseen18-budget-fields.yaml", 47): "'2025 : 14K€ (réalisé)' beside forecasts: the past year is counted",
    (
        "unseen18-budget-fields.yaml",
        50,
    ): "tiles of three values over their captions ('1,2 M€ | 3 | 2027' / 'investissement | …'): not read",
    (
        "unseen18-budget-fields.yaml",
        51,
    ): "a figure split from its unit and period over lines ('12' / 'K€' / 'an' / 'sur 2026-2028'): not read",
    (
        "unseen18-budget-fields.yaml",
        53,
    ): "the CCAS's budget, then 'dont action sociale facultative', then 'dont cette action : 18 K€': the action's share not told apart",
    (
        "unseen18-budget-fields.yaml",
        54,
    ): "the whole plan's total beside the sheet's own amount: the plan's total is counted",
    (
        "unseen18-budget-fields.yaml",
        57,
    ): "'Coût/bénéficiaire : 450€ | Bénéficiaires : 40 | Budget : 18K€': the unit cost is counted, not the budget",
    (
        "unseen19-budget-fields.yaml",
        5,
    ): "an AP shared by three operations, 'dont' this sheet's part: an autorisation de programme or d'engagement (AP/AE) split into crédits de paiement by year: the AP is the cost, the CPs its yearly instalments; the vocabulary has no AP/CP words",
    (
        "unseen19-budget-fields.yaml",
        6,
    ): "an autorisation de programme or d'engagement (AP/AE) split into crédits de paiement by year: the AP is the cost, the CPs its yearly instalments; the vocabulary has no AP/CP words (an aligned table under 'Montants en euros')",
    (
        "unseen19-budget-fields.yaml",
        7,
    ): "an autorisation de programme or d'engagement (AP/AE) split into crédits de paiement by year: the AP is the cost, the CPs its yearly instalments; the vocabulary has no AP/CP words (beside the city's PPI in Md€)",
    (
        "unseen19-budget-fields.yaml",
        9,
    ): "an autorisation de programme or d'engagement (AP/AE) split into crédits de paiement by year: the AP is the cost, the CPs its yearly instalments; the vocabulary has no AP/CP words (a k€ table voted then revised)",
    (
        "unseen19-budget-fields.yaml",
        13,
    ): "'Coût brut | Financements extérieurs | Reste à charge CCAS' by year and a Total row: the gross cost's column is not chosen",
    (
        "unseen19-budget-fields.yaml",
        14,
    ): "'Reste à charge … : 9 500 € par an en 2026 et en 2027': the two years named by 'en … et en …' are not multiplied",
    (
        "unseen19-budget-fields.yaml",
        17,
    ): "a k€ table of 'Dépenses', 'Recettes' and 'Reste à charge' rows: the receipts are added to the expenses",
    (
        "unseen19-budget-fields.yaml",
        19,
    ): "'dépenses 34 000 € ; recettes 21 000 €' by section: receipts fund the cost, ccas adds them",
    (
        "unseen19-budget-fields.yaml",
        20,
    ): "a budget set as expenses and receipts side by side: both columns added",
    (
        "unseen19-budget-fields.yaml",
        23,
    ): "an annex budget's 'Dépenses d'exploitation' and 'Recettes d'exploitation': receipts added to expenses",
    (
        "unseen19-budget-fields.yaml",
        24,
    ): "'Dépenses brutes | Recettes | Dépenses nettes' for last year's accounts and this year's budget: both years' columns added",
    (
        "unseen19-budget-fields.yaml",
        29,
    ): "a funding plan by funder and year, its 'Total' row the cost: only the first funder's row is counted",
    (
        "unseen19-budget-fields.yaml",
        32,
    ): "'Ligne (EUR) | BP 2026 | BP 2027 | Variation': a budget-vote table, its year columns not read",
    (
        "unseen19-budget-fields.yaml",
        33,
    ): "'Montant € HT | TVA 20 % | Montant € TTC' rows with no total: the TTC column is not chosen",
    (
        "unseen19-budget-fields.yaml",
        35,
    ): "'2026 : 10 000 € HT (12 000 € TTC) ; 2027 : …': yearly amounts each restated with tax, not added",
    (
        "unseen19-budget-fields.yaml",
        40,
    ): "'Contributions volontaires en nature (pour information, hors budget)': valued in kind, counted; the charges are not",
    (
        "unseen19-budget-fields.yaml",
        41,
    ): "'à moyens constants' then a staff time and premises 'valorisation': a valuation counted",
    (
        "unseen19-budget-fields.yaml",
        42,
    ): "'Dépenses (€) | Valorisation non décaissée (€)': the valuation column is added",
    (
        "unseen19-budget-fields.yaml",
        43,
    ): "a yearly post cost '41 000 € chargés par an' / 'en 2026 et en 2027' on the next line: not multiplied",
    (
        "unseen19-budget-fields.yaml",
        50,
    ): "'Redéploiement à enveloppe constante (aides facultatives : 120 000 € …) : – 8 000 € …, + 8 000 € pour la présente action': the envelope is counted",
    (
        "unseen19-budget-fields.yaml",
        55,
    ): "'(budget primitif 2026 : 4,6 M€)' the CCAS's whole budget beside the CAF's '18 000 € par an en 2026 et en 2027': the whole budget counted",
    (
        "unseen20-budget-fields.yaml",
        4,
    ): "last year's figure beside this year's, a CAF complement cut by the line break ('2' / '400 €'): all added",
    (
        "unseen20-budget-fields.yaml",
        5,
    ): "'6 000 € par an … pour les années 2026,' / '2027 et 2028': years listed across the break, not multiplied",
    (
        "unseen20-budget-fields.yaml",
        7,
    ): "a ceiling per household and a threshold per day beside 'une enveloppe de 20 000 € … chaque année de 2026 à 2028' cut by the break",
    (
        "unseen20-budget-fields.yaml",
        8,
    ): "the CCAS's whole budget cut by the break ('2' / '350 000 €') read as two amounts and counted",
    (
        "unseen20-budget-fields.yaml",
        10,
    ): "another sheet's envelope ('fiche 2.3 …, dotée de 48 000 €') counted with this action's",
    (
        "unseen20-budget-fields.yaml",
        14,
    ): "'estimée à 12,5' / 'M€ HT' cut before its unit, then funders' shares (2 M€, 8 M€) added",
    (
        "unseen20-budget-fields.yaml",
        15,
    ): "an amount in words hyphenated across the break ('quarante-' / 'cinq mille euros')",
    (
        "unseen20-budget-fields.yaml",
        16,
    ): "the pilot year's figure ('lancé … en 2025 avec 4 000 €') counted with the renewal's",
    (
        "unseen20-budget-fields.yaml",
        17,
    ): "'30 000' / '€ par an' cut before its unit, two funders' yearly shares over '2026-2028'",
    (
        "unseen20-budget-fields.yaml",
        18,
    ): "posts costed 'par poste et par an', a 'soit 87' / '000 € par an en 2026 et en 2027' cut by the break",
    (
        "unseen20-budget-fields.yaml",
        21,
    ): "a subsidy paid in two instalments, the balance cut by the break ('soit 3' / '000 €')",
    (
        "unseen20-budget-fields.yaml",
        26,
    ): "a monthly rent over 24 months 'soit 18 000 €', plus '2' / '500 €' cut by the break",
    (
        "unseen20-budget-fields.yaml",
        28,
    ): "'14 000 € par an sur 2026-2028' beside the CCAS's whole budget (1,9 M€), counted",
    (
        "unseen20-budget-fields.yaml",
        29,
    ): "'Pour information' past figures of the CCAS's aid: no budget, counted",
    (
        "unseen20-budget-fields.yaml",
        31,
    ): "an amount cut by the line break in a sentence with no money label ('soit 2' / '400 € par an sur la durée … (2026-2030)')",
    (
        "unseen20-budget-fields.yaml",
        36,
    ): "'55 € la' / 'nuitée, soit 26 400 € pour l'année 2026' in a sentence with no money label",
    (
        "unseen20-budget-fields.yaml",
        37,
    ): "a post's yearly cost cut by the break ('44' / '000 € par an pour les années 2026 à 2028')",
    ("unseen20-budget-fields.yaml", 39): "'Ces 8' / '000 €' repeats the amount just given: counted twice",
    (
        "unseen20-budget-fields.yaml",
        40,
    ): "two funders' yearly shares ('16 300 € par an' and '4' / '700 € par an') over 2026 and 2027",
    (
        "unseen20-budget-fields.yaml",
        41,
    ): "'prix unitaire de 189 € HT, soit 5 670 € HT' over a users' subscription, in a sentence with no label",
    ("unseen20-budget-fields.yaml", 44): "'3,2 millions' / 'd'euros TTC' cut before its unit",
    (
        "unseen20-budget-fields.yaml",
        45,
    ): "'Budget : 9 000 €' then 'reconduit à l'identique en 2027 et en' / '2028'",
    (
        "unseen20-budget-fields.yaml",
        46,
    ): "'Coût : 24 000 € HT' then the TTC cost cut by the break on the next line: both counted",
    (
        "unseen20-budget-fields.yaml",
        47,
    ): "'Budget prévisionnel : 15 000 €' then the board's 'ramené … à 12' / '000 €' on the next line",
    (
        "unseen20-budget-fields.yaml",
        48,
    ): "'À ces montants s'ajoute … soit 1' / '500 €': the funders' shares beside it not added",
    (
        "unseen20-budget-fields.yaml",
        50,
    ): "a yearly cost, the first year's part ('seuls 6 000 €') and the full years told in words",
    (
        "unseen20-budget-fields.yaml",
        51,
    ): "'Il s'agit du coût d'une session ; deux sessions … chaque année, en 2026 et en 2027'",
    (
        "unseen20-budget-fields.yaml",
        54,
    ): "'Budget : 12 000 €' then 'porté à 16 000 €' on the next line: both counted",
    (
        "unseen20-budget-fields.yaml",
        55,
    ): "'Budget 2026 : 8 500 €' then 'Les crédits des années suivantes seront du même montant jusqu'au … 2028'",
    (
        "unseen20-budget-fields.yaml",
        56,
    ): "a cost shared with another sheet, 'la part imputée à la présente action est de 8 000 €'",
    (
        "unseen20-budget-fields.yaml",
        57,
    ): "'Budget : 6 000 €' for investment, then '1 800 € par an … en 2026 et en 2027' of running costs",
    (
        "unseen20-budget-fields.yaml",
        58,
    ): "'Rectificatif' correcting the amount above on the next line: the first amount kept",
    (
        "unseen21-budget-fields.yaml",
        2,
    ): "a pandoc grid table whose header spans two years ('Montant (k€)' over '2026 | 2027'): not read",
    (
        "unseen21-budget-fields.yaml",
        4,
    ): "a grid table whose cells wrap ('1 250' / '000'): the wrapped figures read apart",
    (
        "unseen21-budget-fields.yaml",
        6,
    ): "an aligned table whose rows wrap and a total row: parts and total added",
    (
        "unseen21-budget-fields.yaml",
        12,
    ): "a funders' table opening on its 'Ensemble' row with percentages: not read as the cost",
    (
        "unseen21-budget-fields.yaml",
        17,
    ): "a row recalling another sheet's money ('rappel – financée sur la fiche 3.…'): the table not read",
    (
        "unseen21-budget-fields.yaml",
        22,
    ): "'Le montant de 2028 sera reconduit en 2029 et en 2030' under a table by year: the years told after",
    (
        "unseen21-budget-fields.yaml",
        23,
    ): "'Montant annuel' column and a sentence giving the period under the table: multiplied wrongly",
    (
        "unseen21-budget-fields.yaml",
        25,
    ): "'Valorisation du bénévolat' row, 'indiquée pour mémoire' below: counted",
    (
        "unseen21-budget-fields.yaml",
        27,
    ): "a count × unit-cost table with no amount column (10 × 650 € + 40 × 55 €)",
    (
        "unseen21-budget-fields.yaml",
        29,
    ): "an HTML table of funders with a bold Total row, its cells '&nbsp;'-spaced: not read",
    (
        "unseen21-budget-fields.yaml",
        31,
    ): "'Total convention 2026-2027' beside '2028': a column covering two years read as one of them",
    (
        "unseen21-budget-fields.yaml",
        32,
    ): "'Par an (2026 et 2027)' column: the yearly amount not multiplied by the two years its header names",
    (
        "unseen21-budget-fields.yaml",
        34,
    ): "a 'Paramètre | Valeur' table of ceilings and prices over the envelope: not read",
    (
        "unseen21-budget-fields.yaml",
        35,
    ): "'Budget du CCAS | dont présente action' columns: the action's column not chosen",
    ("unseen21-budget-fields.yaml", 39): "'idem' cells repeating the first year's amount: not read",
    (
        "unseen21-budget-fields.yaml",
        43,
    ): "an extract of the axis table, the present sheet's row in bold: the other rows read too",
    (
        "unseen21-budget-fields.yaml",
        44,
    ): "'38 000 € / an | 3 ans' in a Montant and a Durée column: not multiplied",
    (
        "unseen21-budget-fields.yaml",
        48,
    ): "a table row run into one line ('Budget (€) 2026 2027 2028 Total 5 000 5 500 6 000 16 500')",
    (
        "unseen21-budget-fields.yaml",
        49,
    ): "a table exported a column at a time ('Financeur / CAF / CCAS / Total / Montant / …')",
    ("unseen21-budget-fields.yaml", 53): "'Montant demandé | Montant accordé': the requested amounts counted",
    ("unseen21-budget-fields.yaml", 55): "'un demi-million d'euros': a fraction in words",
    (
        "unseen21-budget-fields.yaml",
        57,
    ): "'6 200 € par semestre, du 1er janvier 2026 au 31 décembre 2027': semesters between two dates",
    (
        "unseen21-budget-fields.yaml",
        60,
    ): "'2 500 € par atelier × 6 ateliers par an × 2 ans': a chained multiplication with no result",
    (
        "unseen22-budget-fields.yaml",
        4,
    ): "AP/CP: credits voted, paid and carried over to the next year added as new money",
    (
        "unseen22-budget-fields.yaml",
        5,
    ): "a lapsed AP closed and replaced by a new one, both told in prose in M€: neither read",
    (
        "unseen22-budget-fields.yaml",
        7,
    ): "'montant versé au …' (paid so far) added to the convention's amount it is part of",
    (
        "unseen22-budget-fields.yaml",
        10,
    ): "a grant stated as a percentage of the request ('60 % du montant sollicité'): not computed",
    (
        "unseen22-budget-fields.yaml",
        11,
    ): "a request in words beside the granted amount: the request counted too",
    (
        "unseen22-budget-fields.yaml",
        13,
    ): "request stages then a cost 'ajusté au montant accordé' on the next line: the stages added",
    (
        "unseen22-budget-fields.yaml",
        14,
    ): "two board votes told in sentences ('a voté 18 000 €', 'un complément de 4 000 €'): not read",
    (
        "unseen22-budget-fields.yaml",
        19,
    ): "'Accordé 2025 | Demandé 2026' columns: last year's grants counted instead of the requests",
    (
        "unseen22-budget-fields.yaml",
        20,
    ): "'Montant définitif arrêté' on the line under a provisional ceiling: both counted",
    (
        "unseen22-budget-fields.yaml",
        24,
    ): "design-stage estimates (esquisse, APS, APD) as bare figures under a '(€ HT)' label: not read",
    (
        "unseen22-budget-fields.yaml",
        25,
    ): "an estimate, then the notified contract and its avenant on the next line: the estimate added",
    (
        "unseen22-budget-fields.yaml",
        27,
    ): "an avenant adding a yearly amount from the second year of a convention: not multiplied",
    (
        "unseen22-budget-fields.yaml",
        28,
    ): "'substitue au montant global de 30 000 € un montant de 34 000 €': the replaced amount kept",
    (
        "unseen22-budget-fields.yaml",
        29,
    ): "an extension 'aux mêmes conditions financières' repeating a yearly amount: not multiplied",
    (
        "unseen22-budget-fields.yaml",
        31,
    ): "a table of acts with a running 'Montant cumulé' column: the cumulated total not chosen",
    (
        "unseen22-budget-fields.yaml",
        32,
    ): "'moins-value' / 'plus-value' avenants: the decrease added instead of subtracted",
    (
        "unseen22-budget-fields.yaml",
        36,
    ): "credits carried over ('dont 1 200 € non consommés, reportés') across two yearly budgets",
    (
        "unseen22-budget-fields.yaml",
        38,
    ): "ETP rising from 0,5 to 1 over two years at a cost per ETP: not computed",
    (
        "unseen22-budget-fields.yaml",
        40,
    ): "a table of ETP, unit cost and annual cost over a two-year action: ETP counted as money",
    (
        "unseen22-budget-fields.yaml",
        45,
    ): "'Plan 2020-2025 (réalisé) | Plan 2026-2031 (prévu)' columns: the new plan's column not chosen",
    (
        "unseen22-budget-fields.yaml",
        47,
    ): "the previous plan's yearly amount 'doublé pour 2026 et 2027': not computed",
    (
        "unseen22-budget-fields.yaml",
        49,
    ): "a partial first year's cost then a full-year cost per year for two named years: not multiplied",
    (
        "unseen22-budget-fields.yaml",
        50,
    ): "an extension of a yearly envelope to 2030 told in a later clause: the first period kept",
    (
        "unseen22-budget-fields.yaml",
        52,
    ): "last year's realised amount 'majoré de 3 %, soit 41 200 €': the base counted, not the result",
    (
        "unseen22-budget-fields.yaml",
        57,
    ): "'dont 28 000 € pour la présente action' inside the CCAS's whole budget: the whole counted",
    (
        "unseen22-budget-fields.yaml",
        59,
    ): "users' prices beside a balancing subsidy ('Subvention d'équilibre … : 62 000 €') on the next line",
    ("unseen22-budget-fields.yaml", 12): "'Demandé | Proposé | Voté' columns: the voted column not chosen",
    ("unseen22-budget-fields.yaml", 37): "staff costed as ETP × cost per ETP and per year: not computed",
    ("unseen22-budget-fields.yaml", 41): "ETP × monthly full-time cost × months: not computed",
    (
        "unseen23-budget-fields.yaml",
        2,
    ): "prose money not read yet — 'chacun' gives each of two funders 4 500 per school year, over the two school years of …",
    (
        "unseen23-budget-fields.yaml",
        3,
    ): "prose money not read yet — one half is 3 750, the CCAS pays the other half: 3 750 × 2",
    (
        "unseen23-budget-fields.yaml",
        5,
    ): "prose money not read yet — the CCAS's 6 000 are 40 % of the cost: 15 000, the CAF's 60 % (9 000) included",
    (
        "unseen23-budget-fields.yaml",
        6,
    ): "prose money not read yet — the whole plan's amount is not this action's; its 72 000 already covers the six years",
    (
        "unseen23-budget-fields.yaml",
        8,
    ): "prose money not read yet — the yearly amount comes a sentence after the four years: 3 200 × 4",
    (
        "unseen23-budget-fields.yaml",
        9,
    ): "prose money not read yet — the yearly cost runs 2027 to 2030, told in the sentence before; the preparation year …",
    (
        "unseen23-budget-fields.yaml",
        10,
    ): "prose money not read yet — only the first three years of the six-year plan are funded: 8 000 × 3",
    (
        "unseen23-budget-fields.yaml",
        13,
    ): "prose money not read yet — 'soit en réalité' turns the monthly figure into the year's amount: 24 000 once",
    (
        "unseen23-budget-fields.yaml",
        18,
    ): "prose money not read yet — the CAF's money for action 2.1 is not this action's; no cost stated: 6 000 + 4 000",
    (
        "unseen23-budget-fields.yaml",
        20,
    ): "prose money not read yet — the resized budget replaces the initial one; the withdrawn ARS share is gone",
    (
        "unseen23-budget-fields.yaml",
        24,
    ): "prose money not read yet — a quarterly amount over the one year told in the next sentence: 2 500 × 4; the possible …",
    (
        "unseen23-budget-fields.yaml",
        25,
    ): "prose money not read yet — doubling makes 2027's amount 6 000: 3 000 + 6 000",
    (
        "unseen23-budget-fields.yaml",
        26,
    ): "prose money not read yet — halved in 2027 and nothing in 2028: 10 000 + 5 000",
    (
        "unseen23-budget-fields.yaml",
        29,
    ): "prose money not read yet — no total stated: twelve workshops at 350 € each, 12 × 350",
    (
        "unseen23-budget-fields.yaml",
        31,
    ): "prose money not read yet — the CCAS's budget and the food-aid share of it are not this action's; its own 12 500 is",
    (
        "unseen23-budget-fields.yaml",
        32,
    ): "prose money not read yet — the CCAS's remaining 20 % is 3 000, so the whole cost is 15 000",
    (
        "unseen23-budget-fields.yaml",
        33,
    ): "prose money not read yet — the correction changes only the 2027 amount: 5 000 + 5 800",
    (
        "unseen23-budget-fields.yaml",
        35,
    ): "prose money not read yet — one-off fitting-out plus yearly operating for 2027-2029: 40 000 + 3 × 10 000",
    (
        "unseen23-budget-fields.yaml",
        38,
    ): "prose money not read yet — a yearly amount in words over the two years told next: 12 000 × 2; the in-kind …",
    (
        "unseen23-budget-fields.yaml",
        40,
    ): "prose money not read yet — the previous plan's spending is a comparison; 6 000 a year over 2026-2028",
    (
        "unseen23-budget-fields.yaml",
        43,
    ): "prose money not read yet — two stays in the years told before: 7 500 × 2; the families' part is inside each stay's …",
    (
        "unseen23-budget-fields.yaml",
        44,
    ): "prose money not read yet — the second sentence makes the amount yearly over 2026-2029: 9 000 × 4",
    (
        "unseen23-budget-fields.yaml",
        45,
    ): "prose money not read yet — three quarters of the shared contract's yearly amount for one year: 0,75 × 64 000; …",
    (
        "unseen23-budget-fields.yaml",
        47,
    ): "prose money not read yet — 'en réalité' narrows the shared platform's cost to this CCAS's part: 7 500",
    (
        "unseen23-budget-fields.yaml",
        48,
    ): "prose money not read yet — the yearly gross cost over the two years told last: 52 000 × 2; the CAF's share and the …",
    (
        "unseen23-budget-fields.yaml",
        50,
    ): "prose money not read yet — a monthly cost over the 24 months of the stated period: 1 150 × 24; the dates are not …",
    (
        "unseen23-budget-fields.yaml",
        53,
    ): "prose money not read yet — the yearly amount runs only from 2026 to the contract's end in 2030: 5 000 × 5",
    (
        "unseen23-budget-fields.yaml",
        56,
    ): "prose money not read yet — a per-cohort cost, two cohorts a year, two named years: 5 000 × 2 × 2",
    (
        "unseen23-budget-fields.yaml",
        57,
    ): "prose money not read yet — 'idem' repeats 6 k€ and 'moitié moins' halves it: 6 000 + 6 000 + 3 000",
    (
        "unseen23-budget-fields.yaml",
        58,
    ): "prose money not read yet — the CAF's half is 9 000, so the cost is 18 000; the CCAS's unquantified 'solde' is the …",
    (
        "unseen23-budget-fields.yaml",
        59,
    ): "prose money not read yet — decreasing by 2 000 each year over four years: 8 000 + 6 000 + 4 000 + 2 000",
    (
        "unseen24-budget-fields.yaml",
        1,
    ): "box or OCR money not read yet — the unit sits in the label wrapped in its own column under the figure: 12 000 €",
    (
        "unseen24-budget-fields.yaml",
        2,
    ): "box or OCR money not read yet — k€ only in the label wrapped below the figure: 18,5 thousand euros",
    (
        "unseen24-budget-fields.yaml",
        3,
    ): "box or OCR money not read yet — one amount a year on successive lines of the value column, no total: 6 000 + 6 500 + 7 000",
    (
        "unseen24-budget-fields.yaml",
        7,
    ): "box or OCR money not read yet — two boxes side by side, labels on one line and values on the next: the CCAS's 'dont' …",
    (
        "unseen24-budget-fields.yaml",
        12,
    ): "box or OCR money not read yet — components wrapped over the value column, no total: 4 800 + 900 + 300",
    (
        "unseen24-budget-fields.yaml",
        13,
    ): "box or OCR money not read yet — the first amount is split 215 / 000 across the value column's break, beside the wrapped …",
    (
        "unseen24-budget-fields.yaml",
        16,
    ): "box or OCR money not read yet — the millions digit is left alone on the first line, the years are the wrapped label: 1 …",
    (
        "unseen24-budget-fields.yaml",
        21,
    ): "box or OCR money not read yet — periods in the label column: 20 000 a year for two years then 10 000 for 2028; ETP and …",
    (
        "unseen24-budget-fields.yaml",
        26,
    ): "box or OCR money not read yet — a monthly rent over the duration given in the next field: 850 × 18",
    (
        "unseen24-budget-fields.yaml",
        28,
    ): "box or OCR money not read yet — the euro sign printed before the value field lands on the line above the figure: 6 750",
    (
        "unseen24-budget-fields.yaml",
        30,
    ): "box or OCR money not read yet — the CCAS's requested share is 25 % of the project's total: 32 000 once",
    (
        "unseen24-budget-fields.yaml",
        31,
    ): "box or OCR money not read yet — no total field: the per-session cost times the number of sessions, 45 × 24",
    (
        "unseen24-budget-fields.yaml",
        32,
    ): "box or OCR money not read yet — the QF threshold and the per-household cap are not counted; the yearly envelope over …",
    (
        "unseen24-budget-fields.yaml",
        34,
    ): "box or OCR money not read yet — the CCAS's whole budget is context; the action's part sits beside the first line of its …",
    (
        "unseen24-budget-fields.yaml",
        36,
    ): "box or OCR money not read yet — checkboxes are not money; the yearly amount over the three years of the next field: 7 …",
    (
        "unseen24-budget-fields.yaml",
        37,
    ): "box or OCR money not read yet — the same amount in words wrapped over two lines and in figures: 23 450 once",
    (
        "unseen24-budget-fields.yaml",
        38,
    ): "box or OCR money not read yet — figures typed into an underscored form blank; the requested 'dont' part is inside the …",
    (
        "unseen24-budget-fields.yaml",
        45,
    ): "box or OCR money not read yet — OCR O for 0 in the years and the amounts; the years are not money: 4 800 + 5 200",
    (
        "unseen24-budget-fields.yaml",
        46,
    ): "box or OCR money not read yet — OCR read the 1 as a capital I; a yearly cost over three named years: 1 200 × 3",
    ("unseen24-budget-fields.yaml", 47): "box or OCR money not read yet — OCR read the 5 as an S: 25 000",
    (
        "unseen24-budget-fields.yaml",
        48,
    ): "box or OCR money not read yet — OCR O for the zero cents, EUR code: 7 250",
    (
        "unseen24-budget-fields.yaml",
        51,
    ): "box or OCR money not read yet — OCR'd k€ table with O for 0 in years and cells, no total: 10 + 10 + 12 thousand",
    (
        "unseen24-budget-fields.yaml",
        52,
    ): "box or OCR money not read yet — OCR O for 0 and the sign pushed onto the next line of the value column: 27 500",
    (
        "unseen24-budget-fields.yaml",
        55,
    ): "box or OCR money not read yet — OCR E glued to the OCR'd figures; funders with no cost stated: 3 000 + 1 500",
    (
        "unseen24-budget-fields.yaml",
        56,
    ): "box or OCR money not read yet — OCR read M€ as ME: 1,35 million euros",
    (
        "unseen24-budget-fields.yaml",
        57,
    ): "box or OCR money not read yet — OCR read the decimal comma as a point and the last 0 as O: 1 249,90",
    (
        "unseen24-budget-fields.yaml",
        58,
    ): "box or OCR money not read yet — an OCR'd amount split 1O / 5OO across the line break: 10 500",
    (
        "unseen25-budget-fields.yaml",
        2,
    ): "deliberation money not read yet — one grant 'au titre de' each of two years: 7 500 + 8 000; article and chapter numbers …",
    (
        "unseen25-budget-fields.yaml",
        3,
    ): "deliberation money not read yet — a dot as thousands separator: the authorised grant, 4 200",
    (
        "unseen25-budget-fields.yaml",
        6,
    ): "deliberation money not read yet — the abrogated envelope no longer applies and no new credit is given",
    (
        "unseen25-budget-fields.yaml",
        9,
    ): "deliberation money not read yet — an aid ceiling and QF thresholds are not the action's cost; the credits have no amount",
    (
        "unseen25-budget-fields.yaml",
        10,
    ): "deliberation money not read yet — the residence's whole budget is context; its 'dont' names this sheet's part",
    (
        "unseen25-budget-fields.yaml",
        11,
    ): "deliberation money not read yet — two yearly grants in words: 10 000 + 12 000",
    (
        "unseen25-budget-fields.yaml",
        12,
    ): "deliberation money not read yet — the vote counts and the date are not money; the authorised grant is",
    (
        "unseen25-budget-fields.yaml",
        13,
    ): "deliberation money not read yet — the CCAS's whole budget in the 'Vu' and the rate in the 'Considérant' are context",
    (
        "unseen25-budget-fields.yaml",
        14,
    ): "deliberation money not read yet — the modified article replaces the initial amount; deliberation and article numbers are …",
    (
        "unseen25-budget-fields.yaml",
        15,
    ): "deliberation money not read yet — a yearly grant over the convention's three years: 6 000 × 3",
    (
        "unseen25-budget-fields.yaml",
        17,
    ): "deliberation money not read yet — only 2026 is funded; 2027 has no amount yet",
    (
        "unseen25-budget-fields.yaml",
        21,
    ): "deliberation money not read yet — a table of the meeting's deliberations: only the row for this sheet counts; the meal …",
    (
        "unseen25-budget-fields.yaml",
        25,
    ): "deliberation money not read yet — an amount in words split across the break, conditional on the BP vote but still the …",
    (
        "unseen25-budget-fields.yaml",
        26,
    ): "deliberation money not read yet — the advance is part of the 8 000 grant, not added to it",
    (
        "unseen25-budget-fields.yaml",
        29,
    ): "deliberation money not read yet — a yearly amount inscribed in three budgets, years wrapped: 3 500 × 3",
    (
        "unseen25-budget-fields.yaml",
        30,
    ): "deliberation money not read yet — the association's whole yearly budget is context; the grant for the action counts",
    (
        "unseen25-budget-fields.yaml",
        33,
    ): "deliberation money not read yet — the 2026 amount renewed for 2027, still planned money under the BP condition: 4 500 × 2",
    (
        "unseen25-budget-fields.yaml",
        40,
    ): "deliberation money not read yet — a per-structure grant to the five associations: 2 000 × 5",
    (
        "unseen25-budget-fields.yaml",
        41,
    ): "deliberation money not read yet — the advance already paid is inside the 6 000 grant",
    (
        "unseen25-budget-fields.yaml",
        42,
    ): "deliberation money not read yet — the withdrawn deliberation's mistaken 15 000 is void; the fixed 1 500 counts once",
    (
        "unseen25-budget-fields.yaml",
        43,
    ): "deliberation money not read yet — the same deliberation funds sheet 4.1 too; only this project's 5 500 counts",
    (
        "unseen25-budget-fields.yaml",
        44,
    ): "deliberation money not read yet — two allocated years; the third has no amount: 7 000 + 7 000",
    (
        "unseen25-budget-fields.yaml",
        47,
    ): "deliberation money not read yet — minutes: the CCAS's whole budget is context; the adopted 45 000 counts",
    (
        "unseen25-budget-fields.yaml",
        48,
    ): "deliberation money not read yet — only the 2027 allocation is revised: 8 000 + 6 000",
    (
        "unseen25-budget-fields.yaml",
        53,
    ): "deliberation money not read yet — a monthly grant over the six months January to June: 1 250 × 6",
    (
        "unseen25-budget-fields.yaml",
        54,
    ): "deliberation money not read yet — the 'dont' is inside the operating budget; 'en outre' adds the investment: 26 000 + 4 000",
    (
        "unseen25-budget-fields.yaml",
        57,
    ): "deliberation money not read yet — no total printed: 25 tablets at 320 € each, 25 × 320",
    (
        "unseen25-budget-fields.yaml",
        58,
    ): "deliberation money not read yet — the years come before the amount 'par exercice': 5 000 × 2",
    (
        "unseen26-budget-fields.yaml",
        1,
    ): "staff or in-kind money not read yet — ETP × yearly cost per ETP for each post, one year: 0,5 × 44 000 + 0,3 × 32 000",
    (
        "unseen26-budget-fields.yaml",
        3,
    ): "staff or in-kind money not read yet — no amount printed: hours × weeks × hourly rate × two years, 3 × 44 × 60 × 2",
    (
        "unseen26-budget-fields.yaml",
        4,
    ): "staff or in-kind money not read yet — the price is per vacation, so the 3 hours are not multiplied: 20 × 165",
    (
        "unseen26-budget-fields.yaml",
        6,
    ): "staff or in-kind money not read yet — Cerfa-style balanced budget; the note excludes the in-kind accounts 86/87, so the …",
    (
        "unseen26-budget-fields.yaml",
        7,
    ): "staff or in-kind money not read yet — the imputed share of an agent's time is budgeted: 20 % × 39 000 + 2 500",
    (
        "unseen26-budget-fields.yaml",
        10,
    ): "staff or in-kind money not read yet — a secondment the CCAS reimburses is real spending: 17 500 × 3 years",
    (
        "unseen26-budget-fields.yaml",
        12,
    ): "staff or in-kind money not read yet — the sheet limits the budget to the CCAS's monthly complement: 111,45 × 8 months × 2 …",
    (
        "unseen26-budget-fields.yaml",
        13,
    ): "staff or in-kind money not read yet — the 'soit' gives the internship allowance total; hours and hourly rate are inside it; …",
    (
        "unseen26-budget-fields.yaml",
        14,
    ): "staff or in-kind money not read yet — gross salary plus employer charges make the post's cost, plus training: 26 400 + 11 100 …",
    (
        "unseen26-budget-fields.yaml",
        15,
    ): "staff or in-kind money not read yet — the net pay is inside the employer cost; employer cost × 12 months: 3 050 × 12",
    (
        "unseen26-budget-fields.yaml",
        16,
    ): "staff or in-kind money not read yet — table without an amount column: hours × rate per row, added: 1 650 + 960 + 1 400",
    (
        "unseen26-budget-fields.yaml",
        20,
    ): "staff or in-kind money not read yet — ETP × yearly cost per ETP prorated over ten months: 0,8 × 45 000 × 10/12",
    (
        "unseen26-budget-fields.yaml",
        21,
    ): "staff or in-kind money not read yet — monthly employer cost over June to September: 2 800 × 4",
    (
        "unseen26-budget-fields.yaml",
        22,
    ): "staff or in-kind money not read yet — overtime hours × agents × Saturdays × hourly cost: 4 × 2 × 45 × 24",
    (
        "unseen26-budget-fields.yaml",
        23,
    ): "staff or in-kind money not read yet — on-call weeks × weekly allowance with cents: 16 × 159,20",
    (
        "unseen26-budget-fields.yaml",
        26,
    ): "staff or in-kind money not read yet — the State's aid and the CCAS's remainder are inside the yearly cost; weekly hours are …",
    (
        "unseen26-budget-fields.yaml",
        27,
    ): "staff or in-kind money not read yet — sessions × hours × hourly rate, no total printed: 10 × 2 × 70",
    (
        "unseen26-budget-fields.yaml",
        29,
    ): "staff or in-kind money not read yet — imputed days × daily cost × months February to December: 2 × 280 × 11",
    (
        "unseen26-budget-fields.yaml",
        32,
    ): "staff or in-kind money not read yet — the lent vehicle's unbudgeted value is not counted; fuel and insurance over three …",
    (
        "unseen26-budget-fields.yaml",
        33,
    ): "staff or in-kind money not read yet — yearly staff and operating costs over two years plus one-off investment: (46 500 + 4 …",
    (
        "unseen26-budget-fields.yaml",
        34,
    ): "staff or in-kind money not read yet — a part-time post costed from the full-time cost: 80 % × 40 000 for one year",
    (
        "unseen26-budget-fields.yaml",
        35,
    ): "staff or in-kind money not read yet — the printed yearly total (staff product plus operating) over two years: 80 000 × 2",
    (
        "unseen26-budget-fields.yaml",
        36,
    ): "staff or in-kind money not read yet — the per-beneficiary staff cost is a decoy; the post's total cost counts",
    (
        "unseen26-budget-fields.yaml",
        37,
    ): "staff or in-kind money not read yet — hours × hourly rate with a decimal comma: 1 200 × 24,50",
    (
        "unseen26-budget-fields.yaml",
        40,
    ): "staff or in-kind money not read yet — amounts in words: the volunteering value is expressly left out; the budget fixed at 8 000",
    (
        "unseen26-budget-fields.yaml",
        41,
    ): "staff or in-kind money not read yet — the CCAS's whole payroll is context; the dont names this action's new post",
    (
        "unseen26-budget-fields.yaml",
        44,
    ): "staff or in-kind money not read yet — fees per agent × 3 plus replacement days × daily cost: 5 850 + 5 040",
    (
        "unseen26-budget-fields.yaml",
        45,
    ): "staff or in-kind money not read yet — the note keeps only the cash column: its total once; the in-kind column is left out",
    (
        "unseen26-budget-fields.yaml",
        46,
    ): "staff or in-kind money not read yet — sessions × 2,5 hours × hourly rate plus food per session: 24 × 2,5 × 32 + 24 × 15",
    (
        "unseen26-budget-fields.yaml",
        49,
    ): "staff or in-kind money not read yet — an explicit product with no result: 2 × 10 × 120 × 19",
    (
        "unseen26-budget-fields.yaml",
        51,
    ): "staff or in-kind money not read yet — monthly employer cost × 12 plus a yearly bonus: 31 200 + 1 200",
    (
        "unseen26-budget-fields.yaml",
        52,
    ): "staff or in-kind money not read yet — agents × part-time rate × cost per ETP: 3 × 0,8 × 41 000",
    (
        "unseen26-budget-fields.yaml",
        53,
    ): "staff or in-kind money not read yet — staff provided by an intermediary association is invoiced, so real money: 300 × 21",
    (
        "unseen26-budget-fields.yaml",
        55,
    ): "staff or in-kind money not read yet — the optional tranche is expressly not budgeted; the firm tranche counts",
    (
        "unseen26-budget-fields.yaml",
        56,
    ): "staff or in-kind money not read yet — the CAF aid and its ceiling are funding inside the works cost",
    (
        "unseen26-budget-fields.yaml",
        58,
    ): "staff or in-kind money not read yet — price per month and per workstation × 12 months × 6 workstations",
    (
        "unseen26-budget-fields.yaml",
        59,
    ): "staff or in-kind money not read yet — places × yearly cost per place × two named years: 4 × 18 000 × 2",
    (
        "unseen27-budget-fields.yaml",
        1,
    ): "shared or referred money not read yet — a training shared with action 2.3; this sheet carries half of it: 4 600 / 2; sheet …",
    (
        "unseen27-budget-fields.yaml",
        2,
    ): "shared or referred money not read yet — a shared post split by a key; only this sheet's 35 % for the one year: 0,35 × 45 000",
    (
        "unseen27-budget-fields.yaml",
        3,
    ): "shared or referred money not read yet — envelope table with one column per action: only this sheet's column, added down: 6 500 …",
    (
        "unseen27-budget-fields.yaml",
        7,
    ): "shared or referred money not read yet — freed credits split between two actions: only the part given to this action counts",
    (
        "unseen27-budget-fields.yaml",
        8,
    ): "shared or referred money not read yet — money moved out to action 1.5 is no longer this action's: 12 000 − 2 000; avenant …",
    (
        "unseen27-budget-fields.yaml",
        10,
    ): "shared or referred money not read yet — the vehicle was counted in the previous plan; yearly running costs over three years: 3 …",
    (
        "unseen27-budget-fields.yaml",
        11,
    ): "shared or referred money not read yet — the part already paid under the previous plan is excluded; only the balance is in this …",
    (
        "unseen27-budget-fields.yaml",
        13,
    ): "shared or referred money not read yet — the cost is included in action 1.2 and expressly not counted again: no money of its own",
    (
        "unseen27-budget-fields.yaml",
        16,
    ): "shared or referred money not read yet — shared-resources table: only the column of this sheet's parts, added: 2 000 + 4 000; …",
    (
        "unseen27-budget-fields.yaml",
        17,
    ): "shared or referred money not read yet — no part column in euros: each shared charge × its imputed percentage, added: 6 000 + 2 700",
    (
        "unseen27-budget-fields.yaml",
        18,
    ): "shared or referred money not read yet — only rows whose carrying sheet is 2.2, this sheet: 2 500 + 1 200; the row carried by …",
    (
        "unseen27-budget-fields.yaml",
        19,
    ): "shared or referred money not read yet — this sheet's part is the remainder of the two sheets' cost: 50 000 − 32 000",
    (
        "unseen27-budget-fields.yaml",
        20,
    ): "shared or referred money not read yet — a budget line spread over three sheets with arrows: only sheet 1.3's share; the account …",
    (
        "unseen27-budget-fields.yaml",
        22,
    ): "shared or referred money not read yet — this action's 30 % of the shared yearly fund over two years: 0,3 × 40 000 × 2",
    (
        "unseen27-budget-fields.yaml",
        26,
    ): "shared or referred money not read yet — the shared vehicle's yearly cost pro rata of days of use: 10 000 × 3/5",
    (
        "unseen27-budget-fields.yaml",
        27,
    ): "shared or referred money not read yet — a grouped purchase: only this action's 8 units at the unit price: 8 × 300",
    (
        "unseen27-budget-fields.yaml",
        28,
    ): "shared or referred money not read yet — a shared contract split pro rata of pathways: 60 000 × 40/120",
    (
        "unseen27-budget-fields.yaml",
        29,
    ): "shared or referred money not read yet — amount in words shared by two sheets: half of 40 000",
    (
        "unseen27-budget-fields.yaml",
        30,
    ): "shared or referred money not read yet — half of the shared training plus the action's own supports: 2 000 + 600",
    (
        "unseen27-budget-fields.yaml",
        31,
    ): "shared or referred money not read yet — this sheet's 20 % of a shared contract's two yearly amounts: 0,2 × (30 000 + 32 000)",
    (
        "unseen27-budget-fields.yaml",
        32,
    ): "shared or referred money not read yet — the revision is action 2.1's; this action's budget is unchanged",
    (
        "unseen27-budget-fields.yaml",
        33,
    ): "shared or referred money not read yet — the budget of the action it extends is context; its own budget counts",
    (
        "unseen27-budget-fields.yaml",
        34,
    ): "shared or referred money not read yet — the axis total is not this action's; its spending sits on other actions' lines: no …",
    (
        "unseen27-budget-fields.yaml",
        35,
    ): "shared or referred money not read yet — the TTC cost, as the note says, shared equally by four sheets: 19 200 / 4",
    (
        "unseen27-budget-fields.yaml",
        36,
    ): "shared or referred money not read yet — the CCAS's budget and the two-action programme are context; the dont row for this sheet …",
    (
        "unseen27-budget-fields.yaml",
        37,
    ): "shared or referred money not read yet — the studies were counted in the previous plan; the two yearly amounts added: 9 000 + 9 000",
    (
        "unseen27-budget-fields.yaml",
        39,
    ): "shared or referred money not read yet — a third of the yearly shared cost over three years: 1 200 × 3 (not the 3 600 a year)",
    (
        "unseen27-budget-fields.yaml",
        40,
    ): "shared or referred money not read yet — own credits plus money moved in from two actions, no total row: 5 000 + 2 500 + 1 500",
    (
        "unseen27-budget-fields.yaml",
        41,
    ): "shared or referred money not read yet — the shared yearly envelopes are context; this action's dont parts added: 12 000 + 12 500",
    (
        "unseen27-budget-fields.yaml",
        43,
    ): "shared or referred money not read yet — the other action's part is given; this action's balance: 5 000 − 3 000",
    (
        "unseen27-budget-fields.yaml",
        46,
    ): "shared or referred money not read yet — the old plan's budget is context; this action's 3 000 a year over 2026-2029: 3 000 × 4",
    (
        "unseen27-budget-fields.yaml",
        47,
    ): "shared or referred money not read yet — a quarter of action 1.2's envelope is handed over to this action: 20 000 / 4",
    (
        "unseen27-budget-fields.yaml",
        49,
    ): "shared or referred money not read yet — the home's whole endowment is context; this action's yearly part over 2026-2030: 18 000 …",
    (
        "unseen27-budget-fields.yaml",
        50,
    ): "shared or referred money not read yet — a stated percentage of a stated payroll for one year: 1 % × 2 400 000",
    (
        "unseen27-budget-fields.yaml",
        53,
    ): "shared or referred money not read yet — 'même montant' repeats the 2026 amount for two more years: 5 000 × 3",
    (
        "unseen27-budget-fields.yaml",
        55,
    ): "shared or referred money not read yet — quantity × unit price with a decimal comma: 320 × 38,50",
    (
        "unseen27-budget-fields.yaml",
        58,
    ): "shared or referred money not read yet — a yearly amount per school year for two school years: 4 500 × 2",
    (
        "unseen27-budget-fields.yaml",
        59,
    ): "shared or referred money not read yet — one-off setup plus a monthly fee over 24 months: 1 200 + 150 × 24",
    (
        "unseen28-budget-fields.yaml",
        1,
    ): "typeset or tool-printed money not read yet — apostrophe thousands separator with point decimals (Swiss-style export): 12 500",
    (
        "unseen28-budget-fields.yaml",
        3,
    ): "typeset or tool-printed money not read yet — apostrophe separators, unit only in the header, no total: 6 200 + 6 400 + 1 800 + 1 800",
    (
        "unseen28-budget-fields.yaml",
        5,
    ): "typeset or tool-printed money not read yet — accounting brackets mark a cancelled amount; the row after the DM already nets it: 15 …",
    (
        "unseen28-budget-fields.yaml",
        6,
    ): "typeset or tool-printed money not read yet — no total row: the bracketed credit note is a negative line, 3 600 + 240 − 900; the …",
    (
        "unseen28-budget-fields.yaml",
        7,
    ): "typeset or tool-printed money not read yet — a trailing minus (ERP style) marks credits moved out: 1 200 + 9 500 − 1 500; account …",
    (
        "unseen28-budget-fields.yaml",
        8,
    ): "typeset or tool-printed money not read yet — a glued hyphen-minus amount reduces the budget: 14 000 − 1 190; the percentage only …",
    (
        "unseen28-budget-fields.yaml",
        12,
    ): "typeset or tool-printed money not read yet — raw CSV with point decimals and no separators; the year column is not money: 12 000,50 …",
    (
        "unseen28-budget-fields.yaml",
        14,
    ): "typeset or tool-printed money not read yet — English-style amounts (comma thousands, point decimals) after EUR; the request is …",
    (
        "unseen28-budget-fields.yaml",
        15,
    ): "typeset or tool-printed money not read yet — space thousands with a point before zero cents: 4 750; the quote number is not money",
    (
        "unseen28-budget-fields.yaml",
        16,
    ): "typeset or tool-printed money not read yet — a cell in spreadsheet scientific notation: 1,25E+05 is 125 000; no total: 125 000 + 18 400",
    (
        "unseen28-budget-fields.yaml",
        17,
    ): "typeset or tool-printed money not read yet — the euro sign stands in for the decimal comma (1 249€90 is 1 249,90): 1 249,90 + 59,90",
    (
        "unseen28-budget-fields.yaml",
        18,
    ): "typeset or tool-printed money not read yet — UTF-8 read as Windows-1252: 'Â' is left before each no-break space and 'â‚¬' is €: 12 000",
    (
        "unseen28-budget-fields.yaml",
        20,
    ): "typeset or tool-printed money not read yet — the euro glyph lost in conversion (replacement character) before TTC: 9 800",
    (
        "unseen28-budget-fields.yaml",
        21,
    ): "typeset or tool-printed money not read yet — OCR read € as a lowercase e; the CARSAT's dont share is inside the cost",
    (
        "unseen28-budget-fields.yaml",
        25,
    ): "typeset or tool-printed money not read yet — two narrow cells both wrap their amount: HT 10 000 and TTC 12 000 are the same money, …",
    (
        "unseen28-budget-fields.yaml",
        26,
    ): "typeset or tool-printed money not read yet — a narrow column broke the amount after its decimal comma: 1 249,90",
    (
        "unseen28-budget-fields.yaml",
        27,
    ): "typeset or tool-printed money not read yet — narrow column splits the CAF's amount and pushes each percentage down; no cost stated: …",
    (
        "unseen28-budget-fields.yaml",
        28,
    ): "typeset or tool-printed money not read yet — the signed percentage and the signed rise are inside the new amount: 18 000 once",
    (
        "unseen28-budget-fields.yaml",
        31,
    ): "typeset or tool-printed money not read yet — EUR in each label, bare amounts without separators: HT plus VAT make the TTC, counted once",
    (
        "unseen28-budget-fields.yaml",
        34,
    ): "typeset or tool-printed money not read yet — numeric HTML entity for the narrow no-break space left by a web export: 12 500",
    (
        "unseen28-budget-fields.yaml",
        35,
    ): "typeset or tool-printed money not read yet — escaped no-break spaces printed literally by a JSON export: 9 600",
    (
        "unseen28-budget-fields.yaml",
        36,
    ): "typeset or tool-printed money not read yet — Markdown's backslash-space (no-break space) inside the amount: 12 500",
    (
        "unseen28-budget-fields.yaml",
        38,
    ): "typeset or tool-printed money not read yet — the EUR code left at the line's end before its figures; no cost stated: 7 500 + 2 500; …",
    (
        "unseen28-budget-fields.yaml",
        40,
    ): "typeset or tool-printed money not read yet — no cost stated: the per-inhabitant contribution times the population is the money, 0,80 …",
    (
        "unseen28-budget-fields.yaml",
        41,
    ): "typeset or tool-printed money not read yet — the gross hourly minimum wage is inside the employer cost: 12 × 35 × 16,50",
    (
        "unseen28-budget-fields.yaml",
        42,
    ): "typeset or tool-printed money not read yet — 'néant' VAT on an exempt line; no total row: the TTC column, 2 400 + 1 200",
    (
        "unseen28-budget-fields.yaml",
        43,
    ): "typeset or tool-printed money not read yet — OCR kE for k€ and O for 0 in the years: 12 500 a year over 2026-2028",
    (
        "unseen28-budget-fields.yaml",
        45,
    ): "typeset or tool-printed money not read yet — a narrow value column pushes M€ under each figure; the CNSA's dont share is inside the …",
    (
        "unseen28-budget-fields.yaml",
        47,
    ): "typeset or tool-printed money not read yet — the abbreviation 'eur.' for euros; a yearly cost over two named years: 3 600 × 2",
    (
        "unseen28-budget-fields.yaml",
        48,
    ): "typeset or tool-printed money not read yet — HT and TTC in two cells, each tax mention after a <br>: the same money, TTC once",
    (
        "unseen28-budget-fields.yaml",
        49,
    ): "typeset or tool-printed money not read yet — a vulgar-fraction glyph for the working time: ¾ × 44 000 × 2 years",
    (
        "unseen28-budget-fields.yaml",
        50,
    ): "typeset or tool-printed money not read yet — the superscript in m² is not a digit: 80 × 12,50 × 12 months",
    (
        "unseen28-budget-fields.yaml",
        52,
    ): "typeset or tool-printed money not read yet — superscript ordinals are not money; two instalments with no stated total: 6 000 + 4 000",
    (
        "unseen28-budget-fields.yaml",
        53,
    ): "typeset or tool-printed money not read yet — tab-separated table, the trade-in is a negative row that reduces the purchase: 32 000 − …",
    (
        "unseen28-budget-fields.yaml",
        54,
    ): "typeset or tool-printed money not read yet — OCR'd table with O for 0, E for € and 'neant' (zero) in a cell, no total: 4 000 + 1 500 …",
    (
        "unseen28-budget-fields.yaml",
        56,
    ): "typeset or tool-printed money not read yet — the yearly rent prorated from April to December: 9 600 × 9/12",
    (
        "unseen28-budget-fields.yaml",
        58,
    ): "typeset or tool-printed money not read yet — the per-year marker pushed onto the next line of the value column: 25 000 × 2",
    (
        "unseen28-budget-fields.yaml",
        59,
    ): "typeset or tool-printed money not read yet — a Latin-9 € byte shown as the Latin-1 '¤'; HT and TTC are the same money: TTC once",
    (
        "unseen29-budget-fields.yaml",
        9,
    ): "balanced budget or money not read yet — year rows with 'dont' columns: only the expenses column, 32 000 + 33 000; dont columns …",
    (
        "unseen29-budget-fields.yaml",
        12,
    ): "balanced budget or money not read yet — receipts only: they are the action's money, 4 200 + 600 + 1 200; the per-session price …",
    (
        "unseen29-budget-fields.yaml",
        16,
    ): "balanced budget or money not read yet — space-aligned two-sided table, the expense side longer: its total once; ETP is not money",
    (
        "unseen29-budget-fields.yaml",
        19,
    ): "balanced budget or money not read yet — two columns with each amount below its label, no totals: the expenses 24 000 + 3 000; …",
    (
        "unseen29-budget-fields.yaml",
        25,
    ): "balanced budget or money not read yet — receipts only; the 2025 reminder column is a comparison: the 2026 total once",
    (
        "unseen29-budget-fields.yaml",
        27,
    ): "balanced budget or money not read yet — the label counts cash and valued contributions together: the expense side's two totals, …",
    (
        "unseen29-budget-fields.yaml",
        32,
    ): "balanced budget or money not read yet — products without amounts (a fare range and a balancing remainder): the charges' total …",
    (
        "unseen29-budget-fields.yaml",
        36,
    ): "balanced budget or money not read yet — Total column, no Total row: the charges' row totals 19 200 + 2 800; the products …",
    (
        "unseen29-budget-fields.yaml",
        39,
    ): "balanced budget or money not read yet — k€ table with a cumul column: the expenses' cumul once; dont rows and receipts are …",
    (
        "unseen29-budget-fields.yaml",
        43,
    ): "balanced budget or money not read yet — a per-place per-day cost times places and opening days: 42 × 12 × 210",
    (
        "unseen29-budget-fields.yaml",
        45,
    ): "balanced budget or money not read yet — a per-file payment times the expected files for the one year: 90 × 150",
    (
        "unseen29-budget-fields.yaml",
        46,
    ): "balanced budget or money not read yet — booklets × cheques × face value: 300 × 10 × 15",
    (
        "unseen29-budget-fields.yaml",
        51,
    ): "balanced budget or money not read yet — hours × the CCAS's hourly rate: 200 × 26; the APA reference rate is not counted",
    (
        "unseen29-budget-fields.yaml",
        52,
    ): "balanced budget or money not read yet — unit price plus per-kit postage times the kits: 400 × (35 + 2,10)",
    (
        "unseen29-budget-fields.yaml",
        55,
    ): "balanced budget or money not read yet — the half-yearly payments are inside the yearly cost: 6 000 × 3 years",
    (
        "unseen29-budget-fields.yaml",
        56,
    ): "balanced budget or money not read yet — a quarterly amount over the second to fourth quarters: 4 500 × 3",
    (
        "unseen29-budget-fields.yaml",
        57,
    ): "balanced budget or money not read yet — '2 fois' multiplies the yearly amount: 7 500 × 2",
    (
        "unseen29-budget-fields.yaml",
        58,
    ): "balanced budget or money not read yet — the whole CTG envelope, not split by action, is not this action's money",
    (
        "unseen29-budget-fields.yaml",
        60,
    ): "balanced budget or money not read yet — the range's upper bound is the one retained in the budget: 22 000",
    (
        "unseen30-budget-fields.yaml",
        1,
    ): "aligned table or money not read yet — unit only in the caption; the 2025 reminder column printed last is a comparison: the …",
    (
        "unseen30-budget-fields.yaml",
        2,
    ): "aligned table or money not read yet — header split over two lines, no total: 6 500 + 6 500 + 7 000 + 12 000; the indented …",
    (
        "unseen30-budget-fields.yaml",
        3,
    ): "aligned table or money not read yet — labels continue below their numbers (stays, days, hours are not money); yearly total …",
    (
        "unseen30-budget-fields.yaml",
        6,
    ): "aligned table or money not read yet — realised 2025 column, gap in euros and percentage are comparisons: the BP 2026 total once",
    (
        "unseen30-budget-fields.yaml",
        7,
    ): "aligned table or money not read yet — unit in the caption, years on a second header line, amounts without separators: 38 000 …",
    (
        "unseen30-budget-fields.yaml",
        8,
    ): "aligned table or money not read yet — gross cost, receipts shown negative and the net remainder: the gross cost's total 65 …",
    (
        "unseen30-budget-fields.yaml",
        9,
    ): "aligned table or money not read yet — quarter columns with a year column, no Total row: the year cells 5 250 + 900; quarters …",
    (
        "unseen30-budget-fields.yaml",
        12,
    ): "aligned table or money not read yet — two-line headers; beneficiary counts (and their total 180) and unit costs are not …",
    (
        "unseen30-budget-fields.yaml",
        13,
    ): "aligned table or money not read yet — the amounts retained by the commission replace those requested: 8 800",
    (
        "unseen30-budget-fields.yaml",
        15,
    ): "aligned table or money not read yet — the second header line marks 2025 as realised, a comparison: the forecast years 40 000 …",
    (
        "unseen30-budget-fields.yaml",
        16,
    ): "aligned table or money not read yet — funders by year, no cost or total: every cell added, 20 000 + 10 000 + 6 500; footnote …",
    (
        "unseen30-budget-fields.yaml",
        19,
    ): "aligned table or money not read yet — monthly costs and month counts are not added; the 2026 cost column: 9 000 + 1 440 + 380",
    (
        "unseen30-budget-fields.yaml",
        20,
    ): "aligned table or money not read yet — a budget table and an indicators table side by side on the same lines: only the budget, …",
    (
        "unseen30-budget-fields.yaml",
        23,
    ): "aligned table or money not read yet — a half-year first column is still money: 10 500 + 21 500 + 22 000; ETP and the months …",
    (
        "unseen30-budget-fields.yaml",
        25,
    ): "aligned table or money not read yet — the sheet's TOTAL row once (its number 3.2 is not money); the 2025 realised row under …",
    (
        "unseen30-budget-fields.yaml",
        26,
    ): "aligned table or money not read yet — quantities and unit prices (one monthly) are inside the amount column: its total 7 000 …",
    (
        "unseen30-budget-fields.yaml",
        27,
    ): "aligned table or money not read yet — units under each header, the total column in k€: 14 + 1 k€; unit costs and quantities …",
    (
        "unseen30-budget-fields.yaml",
        28,
    ): "aligned table or money not read yet — a mid-year follow-up: the spent column and rate are inside the open credits: 12 000 + 3 …",
    (
        "unseen30-budget-fields.yaml",
        29,
    ): "aligned table or money not read yet — a merged section cell left blank on its second row; no total: 8 400 + 1 200 + 38 000; …",
    (
        "unseen30-budget-fields.yaml",
        30,
    ): "aligned table or money not read yet — unit in the source line under the table; yearly Total row, no grand total: 44,5 + 45 + …",
    (
        "unseen30-budget-fields.yaml",
        31,
    ): "aligned table or money not read yet — narrow columns leave one space between cells; three cells per row, the Total column …",
    (
        "unseen30-budget-fields.yaml",
        33,
    ): "aligned table or money not read yet — the budget supplémentaire adds to the BP; the Total 2026 column: 35 000 + 8 000",
    (
        "unseen30-budget-fields.yaml",
        36,
    ): "aligned table or money not read yet — expenses and receipts stacked in one table by year: the expenses' totals 25 000 + 25 …",
    (
        "unseen30-budget-fields.yaml",
        37,
    ): "aligned table or money not read yet — a cell 'à définir' holds no money; the total, study excluded, once",
    (
        "unseen30-budget-fields.yaml",
        38,
    ): "aligned table or money not read yet — no header row: the caption names the year columns and the unit; no total: 9 600 + 1 900",
    (
        "unseen30-budget-fields.yaml",
        39,
    ): "aligned table or money not read yet — the 2025 column is marked 'pour mémoire' on a second header line: only 2026 and 2027, …",
    (
        "unseen30-budget-fields.yaml",
        42,
    ): "aligned table or money not read yet — a row with its Total cell left empty: 8 000 from the Total column, plus 1 200 + 600 …",
    (
        "unseen30-budget-fields.yaml",
        43,
    ): "aligned table or money not read yet — yearly costs and durations are inside the last column: 10 800 + 1 200",
    (
        "unseen30-budget-fields.yaml",
        44,
    ): "aligned table or money not read yet — a cost column beside funders grouped under a spanning header: the costs 10 000 + 10 …",
    (
        "unseen30-budget-fields.yaml",
        45,
    ): "aligned table or money not read yet — the starred 2025 column is realised, for comparison: 8 000 + 12 500",
    (
        "unseen30-budget-fields.yaml",
        49,
    ): "aligned table or money not read yet — ROB annex in k€: 2025 and the variation are comparisons, the dont row is inside: 190 k€",
    (
        "unseen30-budget-fields.yaml",
        50,
    ): "aligned table or money not read yet — expenses and receipts side by side under spanning headers, years below: the expenses 16 …",
    (
        "unseen30-budget-fields.yaml",
        54,
    ): "aligned table or money not read yet — meal prices are tariffs; the 2026 amount after 'soit' is the action's money",
    (
        "unseen30-budget-fields.yaml",
        56,
    ): "aligned table or money not read yet — the full-year rate is not added; the two years' amounts are: 5 000 + 10 000",
    (
        "unseen30-budget-fields.yaml",
        59,
    ): "aligned table or money not read yet — a yearly grant over the three-year convention: 18 000 × 3",
    (
        "unseen30-budget-fields.yaml",
        60,
    ): "aligned table or money not read yet — the users' fare is a price, not a cost; the full cost per session times sessions: 18 × 200",
    (
        "unseen31-budget-fields.yaml",
        1,
    ): "money told in prose not read yet — 'À cela s'ajoute' adds the equipment of the next sentence to the operator's amount: 21 …",
    (
        "unseen31-budget-fields.yaml",
        2,
    ): "money told in prose not read yet — a monthly rent over the thirty months of the next sentence: 540 × 30; the residents' …",
    (
        "unseen31-budget-fields.yaml",
        3,
    ): "money told in prose not read yet — the average aid and the per-household ceiling are not counted; two yearly contributions …",
    (
        "unseen31-budget-fields.yaml",
        6,
    ): "money told in prose not read yet — the next sentence adds the 20 % VAT the CCAS pays to the HT amount: 15 000 × 1,2",
    (
        "unseen31-budget-fields.yaml",
        7,
    ): "money told in prose not read yet — a yearly amount per neighbourhood, with the three neighbourhoods and the two years in …",
    (
        "unseen31-budget-fields.yaml",
        8,
    ): "money told in prose not read yet — the CAF's whole yearly fund is context; 'sur cette enveloppe' picks the project's 12 …",
    (
        "unseen31-budget-fields.yaml",
        9,
    ): "money told in prose not read yet — 'quinze cents euros' is the old way of writing 1 500, renewed for 2027: 1 500 × 2",
    (
        "unseen31-budget-fields.yaml",
        14,
    ): "money told in prose not read yet — a weekly cost over the eight weeks between the dates of the first sentence: 620 × 8",
    (
        "unseen31-budget-fields.yaml",
        15,
    ): "money told in prose not read yet — a biennial forum from 2026 within 2026-2029 has two editions, 2026 and 2028: 5 500 × 2",
    (
        "unseen31-budget-fields.yaml",
        16,
    ): "money told in prose not read yet — 'deux fois moins' halves the 2026 amount for 2027: 8 000 + 4 000",
    (
        "unseen31-budget-fields.yaml",
        17,
    ): "money told in prose not read yet — 'minoré de' lowers each following year by 1 500: 9 000 + 7 500 + 6 000",
    (
        "unseen31-budget-fields.yaml",
        20,
    ): "money told in prose not read yet — the estimate is revised in the next sentence by 'divisé par deux': 16 000 / 2",
    (
        "unseen31-budget-fields.yaml",
        21,
    ): "money told in prose not read yet — a monthly post cost over March to December, told in the sentence before: 1 600 × 10; …",
    (
        "unseen31-budget-fields.yaml",
        22,
    ): "money told in prose not read yet — 'd'une part … d'autre part' splits a yearly budget, the same for two named years: (7 …",
    (
        "unseen31-budget-fields.yaml",
        23,
    ): "money told in prose not read yet — the poverty line after 'soit' and the per-person maximum are not the action's money; …",
    (
        "unseen31-budget-fields.yaml",
        24,
    ): "money told in prose not read yet — the RSA amount and the household count are context; the yearly post cost over …",
    (
        "unseen31-budget-fields.yaml",
        26,
    ): "money told in prose not read yet — no total stated: 120 € per participant and per session × 12 participants × 4 sessions; …",
    (
        "unseen31-budget-fields.yaml",
        27,
    ): "money told in prose not read yet — no total stated: 24,50 € an hour × 2 hours × 15 people × 12 months",
    (
        "unseen31-budget-fields.yaml",
        28,
    ): "money told in prose not read yet — the second phase is expressly outside this plan; only the first phase counts: 180 k€",
    (
        "unseen31-budget-fields.yaml",
        30,
    ): "money told in prose not read yet — a yearly step of 500 € over 2026-2028: 10 000 + 10 500 + 11 000; 2023 is not money",
    (
        "unseen31-budget-fields.yaml",
        31,
    ): "money told in prose not read yet — a monthly payment over September to June inclusive, ten months: 800 × 10; the families' …",
    (
        "unseen31-budget-fields.yaml",
        32,
    ): "money told in prose not read yet — no cost stated: the grant plus the CCAS's remainder 'après déduction', 6 000 + 4 000",
    (
        "unseen31-budget-fields.yaml",
        33,
    ): "money told in prose not read yet — the 2027 envelope is the 2026 one raised by 10 %: 9 000 + 9 900",
    (
        "unseen31-budget-fields.yaml",
        34,
    ): "money told in prose not read yet — 2025's cost is a comparison; the 2026 budget revised upward to 12 800; the head count …",
    (
        "unseen31-budget-fields.yaml",
        35,
    ): "money told in prose not read yet — the average rent and the debt threshold are context; no total stated: 80 diagnostics × …",
    (
        "unseen31-budget-fields.yaml",
        36,
    ): "money told in prose not read yet — 'ramené à' replaces the yearly cost, which runs from 2027 to the plan's end in 2028: 41 …",
    (
        "unseen31-budget-fields.yaml",
        37,
    ): "money told in prose not read yet — an amount in words for 2026 and 'une somme identique' planned for 2027: 24 000 × 2; the …",
    (
        "unseen31-budget-fields.yaml",
        38,
    ): "money told in prose not read yet — 'Il faudra prévoir en outre' adds a 2027 item in the next sentence: 18 500 + 1 500",
    (
        "unseen31-budget-fields.yaml",
        40,
    ): "money told in prose not read yet — the ARS's half is 19 500 a year, so the post costs 39 000 a year, over the three years …",
    (
        "unseen31-budget-fields.yaml",
        41,
    ): "money told in prose not read yet — the yearly aid spending, the ceilings and their change are not the action's money; …",
    (
        "unseen31-budget-fields.yaml",
        42,
    ): "money told in prose not read yet — an approximate per-meeting cost, two meetings a year over three named years: 750 × 2 × 3",
    (
        "unseen31-budget-fields.yaml",
        44,
    ): "money told in prose not read yet — no cost stated: 5 000 and the Région's 'montant égal', both yearly over 2026-2027: (5 …",
    (
        "unseen31-budget-fields.yaml",
        48,
    ): "money told in prose not read yet — a monthly rent over 'un an et demi', eighteen months: 1 100 × 18",
    (
        "unseen31-budget-fields.yaml",
        51,
    ): "money told in prose not read yet — the yearly grant over the three convention years of the sentence before; the possible …",
    (
        "unseen31-budget-fields.yaml",
        52,
    ): "money told in prose not read yet — the State's nightly hotel cost is a comparison; the yearly amount over three named …",
    (
        "unseen31-budget-fields.yaml",
        54,
    ): "money told in prose not read yet — key-figure bullets: counts and staff are not money; the yearly budget over the three …",
    (
        "unseen31-budget-fields.yaml",
        55,
    ): "money told in prose not read yet — 'portée de … à' gives 15 000 from 2026, kept until 2028: 15 000 × 3; 2025's 12 000 is …",
    (
        "unseen31-budget-fields.yaml",
        56,
    ): "money told in prose not read yet — a calendar carrying the money: the free study adds nothing; 1 500 + 62 000, the DETR …",
    (
        "unseen31-budget-fields.yaml",
        57,
    ): "money told in prose not read yet — the money sits in the footnote: 3 500 a year for two named years; the per-family …",
    (
        "unseen31-budget-fields.yaml",
        58,
    ): "money told in prose not read yet — one sentence per year, each amount in brackets: 3 200 + 2 600; 2028 adds nothing",
    (
        "unseen31-budget-fields.yaml",
        59,
    ): "money told in prose not read yet — the 'avant' figure is the old way's cost, not the action's; the new subscription over …",
    (
        "unseen32-budget-fields.yaml",
        4,
    ): "money table not read yet — the caption's k€ applies to the envelope column; the average aid has its own € and is …",
    (
        "unseen32-budget-fields.yaml",
        5,
    ): "money table not read yet — each column heading carries its own unit: the euro Total column, 12 000 + 5 500, …",
    (
        "unseen32-budget-fields.yaml",
        6,
    ): "money table not read yet — body cells in k€ from the title, the Total row restated in euros: 24 700 once; the …",
    (
        "unseen32-budget-fields.yaml",
        7,
    ): "money table not read yet — unit M€ only in the caption, the share column is not money: the Total 8 M€ once",
    (
        "unseen32-budget-fields.yaml",
        8,
    ): "money table not read yet — two small tables, each with its own unit in its title: 18 400 + 3 600 euros, then 12 + …",
    (
        "unseen32-budget-fields.yaml",
        13,
    ): "money table not read yet — k€ only in the field label over dot-leader lines; ETP not money; the 2026 total renewed …",
    (
        "unseen32-budget-fields.yaml",
        14,
    ): "money table not read yet — 'en euros courants' in the caption is the unit; the growth column is not money: 42 000 …",
    (
        "unseen32-budget-fields.yaml",
        15,
    ): "money table not read yet — the note under the table gives the unit and adds the 20 % VAT the CCAS bears; lot …",
    (
        "unseen32-budget-fields.yaml",
        18,
    ): "money table not read yet — 'milliers €' in the amount heading; the households column and its 220 are counts: the …",
    (
        "unseen32-budget-fields.yaml",
        21,
    ): "money table not read yet — two carriers' columns, both spent on the action, no total: 3 000 + 1 500 + 6 500; the …",
    (
        "unseen32-budget-fields.yaml",
        22,
    ): "money table not read yet — in a euro table the count row is not money and the per-book value is not added: the …",
    (
        "unseen32-budget-fields.yaml",
        26,
    ): "money table not read yet — no unit anywhere: each year sums to 100, as likely percentage shares as amounts of …",
    (
        "unseen32-budget-fields.yaml",
        30,
    ): "money table not read yet — the CCAS's whole section and its facultative-aid line are context; only the action's …",
    (
        "unseen32-budget-fields.yaml",
        31,
    ): "money table not read yet — income bands, users' prices, per-meal shares and meal counts are not added; the annual …",
    (
        "unseen32-budget-fields.yaml",
        32,
    ): "money table not read yet — semicolon export with point decimals, k€ only in the title line, no total: 12,5 + 13 + …",
    (
        "unseen32-budget-fields.yaml",
        33,
    ): "money table not read yet — yearly k€ heading, each row over its own period column: 40 × 3 + 3,5 × 2 thousand",
    (
        "unseen32-budget-fields.yaml",
        34,
    ): "money table not read yet — the note makes bare cells euros; one cell says k€ itself: 6 500 + 1 200 + 2 500",
    (
        "unseen32-budget-fields.yaml",
        36,
    ): "money table not read yet — a payment schedule in euros: the instalments make the grant, 6 000 + 6 000 + 3 000; the …",
    (
        "unseen32-budget-fields.yaml",
        38,
    ): "money table not read yet — unit on the caption's second line; two-year columns; the grand total once; ETP not money",
    (
        "unseen32-budget-fields.yaml",
        39,
    ): "money table not read yet — k€ in the title; letter footnote calls are not money; funders by year, no total: 25 + …",
    (
        "unseen32-budget-fields.yaml",
        40,
    ): "money table not read yet — unit only in the quote's title; quantities and unit prices are inside the lines, HT and …",
    (
        "unseen32-budget-fields.yaml",
        41,
    ): "money table not read yet — k€ heads only the second column; the Nb column is a count: 25 + 30 thousand",
    (
        "unseen32-budget-fields.yaml",
        42,
    ): "money table not read yet — the caption makes the cells yearly euros; the duration field gives three years: 12 000 × 3",
    (
        "unseen32-budget-fields.yaml",
        44,
    ): "money table not read yet — raw HTML table whose unit is in its caption element: 14,4 + 9,6 thousand",
    (
        "unseen32-budget-fields.yaml",
        45,
    ): "money table not read yet — the legal hourly rate is not added; a monthly amount per intern over January to May: …",
    (
        "unseen32-budget-fields.yaml",
        46,
    ): "money table not read yet — the fund's endowment counts; the loan range and instalments are not added",
    (
        "unseen32-budget-fields.yaml",
        47,
    ): "money table not read yet — the matching rate and per-family cap are not the budget; the yearly envelope for two …",
    (
        "unseen32-budget-fields.yaml",
        48,
    ): "money table not read yet — raised by 2 % on the previous year each year to 2028: 30 000 + 30 600 + 31 212",
    (
        "unseen32-budget-fields.yaml",
        49,
    ): "money table not read yet — 'triplé' makes 2027 three times 2026: 5 000 + 15 000",
    (
        "unseen32-budget-fields.yaml",
        50,
    ): "money table not read yet — every two months is six payments in the year, to thirty households: 50 × 6 × 30",
    (
        "unseen32-budget-fields.yaml",
        55,
    ): "money table not read yet — the symbolic euro is a rent received, not a cost: 28 000",
    (
        "unseen32-budget-fields.yaml",
        56,
    ): "money table not read yet — a half-day rate, two a month over the ten months from September to June: 180 × 2 × 10",
    (
        "unseen32-budget-fields.yaml",
        59,
    ): "money table not read yet — the amount in the action's name and the quotient threshold are not added; the budget …",
    (
        "unseen33-budget-fields.yaml",
        1,
    ): "financing plan not read yet — the eligible base repeated on each row is not added; the amounts 54 000 + 36 000 + 90 …",
    (
        "unseen33-budget-fields.yaml",
        3,
    ): "financing plan not read yet — no cost stated: the secured and requested subtotals, 12 000 + 8 000; the shares inside …",
    (
        "unseen33-budget-fields.yaml",
        4,
    ): "financing plan not read yet — 'chacune' gives each of the three funders 2 500; no cost stated: 3 × 2 500 + 1 500",
    (
        "unseen33-budget-fields.yaml",
        5,
    ): "financing plan not read yet — the cash gift and the CCAS's money are spent, 4 000 + 2 500; the skills patronage is …",
    (
        "unseen33-budget-fields.yaml",
        6,
    ): "financing plan not read yet — this 'mise à disposition' is rented, so real spending: 350 × 12 months; the donated …",
    (
        "unseen33-budget-fields.yaml",
        8,
    ): "financing plan not read yet — yearly shares over the three years plus one share for the whole period: 3 × 6 000 + 9 …",
    (
        "unseen33-budget-fields.yaml",
        9,
    ): "financing plan not read yet — the revised plan replaces the initial one: 8 000 + 4 000 + 5 000",
    (
        "unseen33-budget-fields.yaml",
        14,
    ): "financing plan not read yet — cost per beneficiary times the beneficiaries: 300 × 40; the per-beneficiary shares are …",
    (
        "unseen33-budget-fields.yaml",
        15,
    ): "financing plan not read yet — one 5 000 share asked of one foundation or the other, counted once: 8 000 + 5 000 + 2 000",
    (
        "unseen33-budget-fields.yaml",
        16,
    ): "financing plan not read yet — euro-for-euro matching adds as much as the CCAS puts in: 4 000 + 4 000",
    (
        "unseen33-budget-fields.yaml",
        20,
    ): "financing plan not read yet — users' fees are receipts that do not reduce the action's cost: net 9 600 + fees 2 400",
    (
        "unseen33-budget-fields.yaml",
        21,
    ): "financing plan not read yet — the spending is 8 000 + 1 000; the valued loan of premises on both sides is in kind and …",
    (
        "unseen33-budget-fields.yaml",
        22,
    ): "financing plan not read yet — cash cells added, 5 000 + 5 000 + 1 500 + 2 000; the valued loan of the minibus is in …",
    (
        "unseen33-budget-fields.yaml",
        24,
    ): "financing plan not read yet — no cost stated: the CAF's monthly amount over ten months plus the CCAS's share, 750 × …",
    (
        "unseen33-budget-fields.yaml",
        27,
    ): "financing plan not read yet — the members' whole contribution to the CIAS budget is context; the two shares fund the …",
    (
        "unseen33-budget-fields.yaml",
        28,
    ): "financing plan not read yet — the CCAS's fifth is 3 200, so the cost is 5 × 3 200; the other shares are inside it",
    (
        "unseen33-budget-fields.yaml",
        29,
    ): "financing plan not read yet — cost per pathway times the pathways: 1 800 × 25; the per-pathway shares are inside it",
    (
        "unseen33-budget-fields.yaml",
        34,
    ): "financing plan not read yet — cash resources 7 000 + 1 500 + 3 500; the volunteers' valued hours are in kind, not spent",
    (
        "unseen33-budget-fields.yaml",
        35,
    ): "financing plan not read yet — the CCAS's whole budget and the city's subsidy are context; the action's 38 000, the …",
    (
        "unseen33-budget-fields.yaml",
        36,
    ): "financing plan not read yet — the 'apport en industrie' is staff time valued, not spent; cash shares 5 000 + 10 000 …",
    (
        "unseen33-budget-fields.yaml",
        39,
    ): "financing plan not read yet — no cost or grand total: the secured and requested column totals, 12 500 + 8 500; the …",
    (
        "unseen33-budget-fields.yaml",
        42,
    ): "financing plan not read yet — only cash contributions are spent: 5 000 + 4 000; the in-kind rows are valued, not paid",
    (
        "unseen33-budget-fields.yaml",
        49,
    ): "financing plan not read yet — HTML deletion/insertion marks a revision: the inserted amount replaces the deleted one",
    (
        "unseen33-budget-fields.yaml",
        52,
    ): "financing plan not read yet — 'annuellement' over four budget years: 3 000 × 4",
    ("unseen33-budget-fields.yaml", 54): "financing plan not read yet — count times unit price: 150 × 38,50",
    (
        "unseen33-budget-fields.yaml",
        55,
    ): "financing plan not read yet — sessions × hours × weeks × hourly rate: 2 × 2 × 36 × 45",
    (
        "unseen33-budget-fields.yaml",
        57,
    ): "financing plan not read yet — the CCAS's whole aid envelope is not this action's money; no specific amount",
    (
        "unseen33-budget-fields.yaml",
        58,
    ): "financing plan not read yet — days × daily rate × carers: 5 × 95 × 12",
    (
        "unseen33-budget-fields.yaml",
        59,
    ): "financing plan not read yet — income brackets, users' prices and the unit cost are not the budget; 21 000",
    (
        "unseen34-budget-fields.yaml",
        2,
    ): "multi-year money not read yet — the Total in the table's second half covers all five years: 120 k€ once, the year cells …",
    (
        "unseen34-budget-fields.yaml",
        14,
    ): "multi-year money not read yet — cumulative amounts told in prose: the end-of-plan cumul 30 000 once, the earlier cumuls …",
    (
        "unseen34-budget-fields.yaml",
        18,
    ): "multi-year money not read yet — the 2026 voted total includes the BP and the DM; the 2027 forecast is another year: 17 …",
    (
        "unseen34-budget-fields.yaml",
        20,
    ): "multi-year money not read yet — 2026 after both DMs, 9 000 + 1 200 − 700, plus the 2027 forecast 10 000; DM numbers are …",
    (
        "unseen34-budget-fields.yaml",
        23,
    ): "multi-year money not read yet — the readjusted column replaces the initial plan: its Total 51 000 once",
    (
        "unseen34-budget-fields.yaml",
        24,
    ): "multi-year money not read yet — 2027's reports are unspent 2026 credits already inside 2026's 12 000: 12 000 + 10 000, …",
    (
        "unseen34-budget-fields.yaml",
        31,
    ): "multi-year money not read yet — half-year cells from July 2026 to June 2028, no total: 4 × 3 600; ordinals are not money",
    (
        "unseen34-budget-fields.yaml",
        32,
    ): "multi-year money not read yet — Q3 2026 to Q4 2027 is six quarters: 2 500 × 6; the date is not money",
    (
        "unseen34-budget-fields.yaml",
        33,
    ): "multi-year money not read yet — S2 2026, S1 2027, S2 2027 and S1 2028 are four half-years: 3 250 × 4",
    (
        "unseen34-budget-fields.yaml",
        34,
    ): "multi-year money not read yet — the two budget years split the one school year's 9 000: counted once",
    (
        "unseen34-budget-fields.yaml",
        35,
    ): "multi-year money not read yet — budget years covering two school years, no total: 3 000 + 9 000 + 6 000",
    (
        "unseen34-budget-fields.yaml",
        36,
    ): "multi-year money not read yet — each winter spans two calendar years; two winters are named: 8 000 × 2, not a …",
    (
        "unseen34-budget-fields.yaml",
        37,
    ): "multi-year money not read yet — every other year from 2027 within 2026-2030 gives the 2027 and 2029 editions: 4 000 × 2",
    (
        "unseen34-budget-fields.yaml",
        38,
    ): "multi-year money not read yet — the even years of 2026-2031 are 2026, 2028 and 2030: 7 500 × 3",
    (
        "unseen34-budget-fields.yaml",
        40,
    ): "multi-year money not read yet — a steady rise over 2026-2028: 10 000 + 12 000 + 14 000; the yearly step is not added",
    (
        "unseen34-budget-fields.yaml",
        41,
    ): "multi-year money not read yet — the euro sign only after the last of three yearly amounts: 3 000 + 3 500 + 4 000",
    (
        "unseen34-budget-fields.yaml",
        42,
    ): "multi-year money not read yet — a yearly amount over two years plus one total for the next period: 2 × 8 000 + 25 000",
    (
        "unseen34-budget-fields.yaml",
        43,
    ): "multi-year money not read yet — 6 000 + 2 × 6 500 + 7 000 over 2026-2029",
    (
        "unseen34-budget-fields.yaml",
        44,
    ): "multi-year money not read yet — prospective amounts for the plan's later years still count: 15 000 + 15 500 + 16 000",
    (
        "unseen34-budget-fields.yaml",
        45,
    ): "multi-year money not read yet — 4 000 for each of three budget years plus a one-off 2 500: 3 × 4 000 + 2 500",
    (
        "unseen34-budget-fields.yaml",
        46,
    ): "multi-year money not read yet — one-off investment plus yearly operating over 2026-2029: 15 000 + 4 × 5 000",
    (
        "unseen34-budget-fields.yaml",
        47,
    ): "multi-year money not read yet — the years before the plan are not counted: 4 500 × 3 over 2026-2028",
    (
        "unseen34-budget-fields.yaml",
        48,
    ): "multi-year money not read yet — 'chacune' gives 9 k€ to each of N+1 and N+2: 8 000 + 2 × 9 000; N = 2026 is not money",
    (
        "unseen34-budget-fields.yaml",
        50,
    ): "multi-year money not read yet — the instalment percentages split each yearly grant: 15 000 × 2",
    (
        "unseen34-budget-fields.yaml",
        51,
    ): "multi-year money not read yet — a quarter of the full-year cost in 2026, then two full years: 6 000 + 2 × 24 000",
    (
        "unseen34-budget-fields.yaml",
        52,
    ): "multi-year money not read yet — six months at 600 then eighteen months at 750: 3 600 + 13 500",
    (
        "unseen34-budget-fields.yaml",
        53,
    ): "multi-year money not read yet — per-session cost times the sessions of each year: 1 500 × (3 + 4)",
    (
        "unseen34-budget-fields.yaml",
        54,
    ): "multi-year money not read yet — no envelope stated: aid per person × people per year × three years, 600 × 15 × 3",
    (
        "unseen34-budget-fields.yaml",
        58,
    ): "multi-year money not read yet — the indexation amounts add to the yearly base: 3 × 8 000 + 160 + 323,20; the rate is …",
    (
        "unseen34-budget-fields.yaml",
        59,
    ): "multi-year money not read yet — the hourly price paid for the service is a decoy; the CCAS's participation: 4 × 3 000 …",
    (
        "unseen34-budget-fields.yaml",
        60,
    ): "multi-year money not read yet — a sum whose euro sign comes only at the end: 4 000 + 1 500 + 500",
    (
        "unseen35-budget-fields.yaml",
        1,
    ): "unit costs not read yet — the Total column is left empty: each unit cost × its quantity, 6 × 450 + 40 × 30 + 120 …",
    (
        "unseen35-budget-fields.yaml",
        2,
    ): "unit costs not read yet — one total cell is blank: 12 × 18 computed and added to the printed 1 500 + 180; …",
    (
        "unseen35-budget-fields.yaml",
        4,
    ): "unit costs not read yet — an approximate count still counts: 150 × 30",
    (
        "unseen35-budget-fields.yaml",
        6,
    ): "unit costs not read yet — the 'dont' count is inside the 32 young people: 150 × 32",
    (
        "unseen35-budget-fields.yaml",
        7,
    ): "unit costs not read yet — two per-person costs times their own counts: 25 × 30 + 12 × 45; the age limit is not money",
    (
        "unseen35-budget-fields.yaml",
        8,
    ): "unit costs not read yet — 'respectivement' pairs each stay with its per-person cost: 12 × 180 + 8 × 290",
    (
        "unseen35-budget-fields.yaml",
        9,
    ): "unit costs not read yet — a per-household cost times each year's households: 500 × (10 + 20 + 30)",
    (
        "unseen35-budget-fields.yaml",
        10,
    ): "unit costs not read yet — 'le double' makes 40 seniors in 2027: 85 × (20 + 40)",
    (
        "unseen35-budget-fields.yaml",
        11,
    ): "unit costs not read yet — a fixed fee plus a per-participant cost times the participants: 2 000 + 35 × 60",
    (
        "unseen35-budget-fields.yaml",
        12,
    ): "unit costs not read yet — a tiered price: the first ten at 150, the other fifteen at 100, 10 × 150 + 15 × 100",
    (
        "unseen35-budget-fields.yaml",
        13,
    ): "unit costs not read yet — a price per hundred copies: 2 000 copies are 20 hundreds, 20 × 45",
    (
        "unseen35-budget-fields.yaml",
        14,
    ): "unit costs not read yet — the Total row's average unit cost and head count are not added: 6 600 once",
    (
        "unseen35-budget-fields.yaml",
        15,
    ): "unit costs not read yet — the breakdown in brackets is inside the per-person cost: 135 × 24",
    (
        "unseen35-budget-fields.yaml",
        16,
    ): "unit costs not read yet — the families' part is inside the per-child cost: 300 × 24",
    (
        "unseen35-budget-fields.yaml",
        18,
    ): "unit costs not read yet — users' tariffs are prices, not the cost; no amount column: 30 × 95 + 36 × 40",
    (
        "unseen35-budget-fields.yaml",
        20,
    ): "unit costs not read yet — quarterly over two named years is eight meetings: 250 × 8",
    (
        "unseen35-budget-fields.yaml",
        21,
    ): "unit costs not read yet — Monday to Friday is five days: 300 × 5; the dates are not money",
    (
        "unseen35-budget-fields.yaml",
        22,
    ): "unit costs not read yet — the cap is not the estimate's basis: the average aid times the households, 300 × 40",
    (
        "unseen35-budget-fields.yaml",
        24,
    ): "unit costs not read yet — the budget is the CCAS's 70 % of the licence price times the children, 0,7 × 60 × 100; …",
    (
        "unseen35-budget-fields.yaml",
        25,
    ): "unit costs not read yet — October to March is six months: 40 × 6 × 25",
    (
        "unseen35-budget-fields.yaml",
        26,
    ): "unit costs not read yet — ten workshops a year over 2026-2028 at each year's cost: 10 × 300 + 2 × 10 × 320",
    ("unseen35-budget-fields.yaml", 27): "unit costs not read yet — 1 h 30 is 1,5 hours: 1,5 × 40 × 20",
    (
        "unseen35-budget-fields.yaml",
        28,
    ): "unit costs not read yet — the 25 % increase raises the hourly cost: 24 × 30 × 1,25",
    (
        "unseen35-budget-fields.yaml",
        29,
    ): "unit costs not read yet — day and half-day rates times their counts: 2 × 900 + 3 × 500",
    ("unseen35-budget-fields.yaml", 30): "unit costs not read yet — the four companions enter free: 8 × 26",
    (
        "unseen35-budget-fields.yaml",
        31,
    ): "unit costs not read yet — 32 children at one animator per eight need four animators: 4 × 90 × 5",
    (
        "unseen35-budget-fields.yaml",
        32,
    ): "unit costs not read yet — the discount lowers the order: 50 × 40 × 0,9",
    (
        "unseen35-budget-fields.yaml",
        34,
    ): "unit costs not read yet — empty cost column: yearly counts × unit costs, over the two years of the duration line, …",
    (
        "unseen35-budget-fields.yaml",
        35,
    ): "unit costs not read yet — two sub-totals and no grand total: 2 700 + 4 800; the rows and unit costs are not added …",
    (
        "unseen35-budget-fields.yaml",
        37,
    ): "unit costs not read yet — the 'soit' restates the unit cost per year, not a total: 180 × 60",
    (
        "unseen35-budget-fields.yaml",
        38,
    ): "unit costs not read yet — the 'soit' gives a head count: 60 × 75; the percentage and 200 are not money",
    (
        "unseen35-budget-fields.yaml",
        39,
    ): "unit costs not read yet — litres × price per litre × two named years: 1 200 × 1,80 × 2",
    (
        "unseen35-budget-fields.yaml",
        40,
    ): "unit costs not read yet — cost per basket × baskets a week × weeks: 12 × 80 × 50",
    (
        "unseen35-budget-fields.yaml",
        41,
    ): "unit costs not read yet — 47 members make four complete tranches of ten: 1 000 × 4",
    (
        "unseen35-budget-fields.yaml",
        42,
    ): "unit costs not read yet — the rounded amount inscribed in the budget replaces the computed estimate: 4 500 once",
    (
        "unseen35-budget-fields.yaml",
        44,
    ): "unit costs not read yet — rate per kilometre × yearly distance × three years: 0,35 × 6 000 × 3",
    (
        "unseen35-budget-fields.yaml",
        45,
    ): "unit costs not read yet — no amount column: quantities × TTC unit prices, 12 × 240 + 12 × 30; the HT prices are …",
    (
        "unseen35-budget-fields.yaml",
        47,
    ): "unit costs not read yet — a yearly cost per dwelling × dwellings × four years: 1 200 × 3 × 4",
    (
        "unseen35-budget-fields.yaml",
        48,
    ): "unit costs not read yet — the Total row once; hourly rates and the 70 hours are not money",
    (
        "unseen35-budget-fields.yaml",
        49,
    ): "unit costs not read yet — September 2026 to December 2027 is sixteen months: 2 × 90 × 16",
    (
        "unseen35-budget-fields.yaml",
        51,
    ): "unit costs not read yet — products without results and no total: 3 × 450 + 5 × 320 + 1 200",
    (
        "unseen35-budget-fields.yaml",
        52,
    ): "unit costs not read yet — year columns hold counts, not money: 250 × (8 + 10 + 10) + 650 × (2 + 2 + 3)",
    (
        "unseen35-budget-fields.yaml",
        53,
    ): "unit costs not read yet — the 2025 figure is a comparison; the plan's year: 45 × 120",
    (
        "unseen35-budget-fields.yaml",
        54,
    ): "unit costs not read yet — a yearly subscription plus per-trip cost × trips, over three years: (1 800 + 15 × 220) × 3",
    (
        "unseen35-budget-fields.yaml",
        55,
    ): "unit costs not read yet — '(x2)' is the count of the unit-priced performances: 2 × 1 100",
    (
        "unseen35-budget-fields.yaml",
        56,
    ): "unit costs not read yet — the 'soit' total over the period already holds the yearly counts and unit cost: 10 800 …",
    (
        "unseen35-budget-fields.yaml",
        57,
    ): "unit costs not read yet — April to October is seven months: 45 × 6 × 7",
    (
        "unseen35-budget-fields.yaml",
        58,
    ): "unit costs not read yet — a monthly k€ cost per place × places × twelve months: 1 200 × 4 × 12",
    ("unseen35-budget-fields.yaml", 60): "unit costs not read yet — count and unit cost in words: 4 × 380",
    (
        "unseen35-budget-fields.yaml",
        5,
    ): "unit costs not read yet — the participant range's upper end is the stated basis: 180 × 30",
    (
        "unseen35-budget-fields.yaml",
        59,
    ): "unit costs not read yet — a dot thousands separator in the unit cost: 1 250 × 6",
    (
        "unseen36-budget-fields.yaml",
        2,
    ): "ranges counted at their low end: 'de 5 à 7 k€ par an, soit de 15 à 21 k€' gives 15 000; the writer budgets the top, 21 000",
    (
        "unseen36-budget-fields.yaml",
        3,
    ): "a cap per year 'dans la limite de 12 000 € (2026 et 2027)': ccas reads one year, the writer the cap over both years",
    (
        "unseen36-budget-fields.yaml",
        5,
    ): "a contract's firm tranche beside its optional one under an empty label ('tranche ferme … : 18 000 € TTC' / 'tranche optionnelle …'): no amount counted",
    (
        "unseen36-budget-fields.yaml",
        12,
    ): "a table of years with its 'Total' row: the row of totals is read beside the rows it adds (9 800 against 10 600)",
    (
        "unseen36-budget-fields.yaml",
        22,
    ): "an optional tranche made firm by a later sentence ('a été affermie'): ccas counts the firm tranche only",
    (
        "unseen36-budget-fields.yaml",
        26,
    ): "'8 à 10 000 €': the low end printed without its thousands ('8' for 8 000) read as 8 €",
    (
        "unseen36-budget-fields.yaml",
        28,
    ): "'Budget annuel plafonné à 18 000 €' beside a unit cost and a count: the annual cap not counted",
    (
        "unseen36-budget-fields.yaml",
        30,
    ): "struck amounts in a table's cells ('~~5 000 €~~ 7 000 €') and its Total row: both rows and the total counted (28 000)",
    (
        "unseen36-budget-fields.yaml",
        31,
    ): "'20-25 k€': a range counted at its low end; the writer budgets its top",
    (
        "unseen36-budget-fields.yaml",
        33,
    ): "'Crédits 2026 portés de 3 000 € à 4 500 €' then 'Crédits 2027 : 4 500 €': the second year is left out",
    (
        "unseen36-budget-fields.yaml",
        34,
    ): "a table of tranches 'Ferme | … | 11 400 €' / 'Optionnelle 1 | …': no amount counted; the firm row is the budget",
    (
        "unseen36-budget-fields.yaml",
        39,
    ): "'jusqu'à 6 000 € par an' for 2027 and 2028 after a 2026 amount: the capped years not counted",
    (
        "unseen36-budget-fields.yaml",
        40,
    ): "'Option : captation vidéo (650 €), non retenue' beside two costs on their own lines: only the first cost counted",
    (
        "unseen36-budget-fields.yaml",
        41,
    ): "'Option interprétariat LSF : 900 € (retenue)' beside a cost: nothing counted",
    (
        "unseen36-budget-fields.yaml",
        42,
    ): "a per-person range times people a year over two years ('entre 350 et 400 € par personne', '25 personnes par an'): unit costs not read",
    (
        "unseen36-budget-fields.yaml",
        44,
    ): "a table with 'HT' and 'TTC' columns: both columns added (8 250); the TTC column alone is the cost",
    (
        "unseen36-budget-fields.yaml",
        46,
    ): "'≈ 2 400 €/an' rows in a table over 'Durée : 2026-2027': annual amounts over a period below the table, not counted",
    (
        "unseen36-budget-fields.yaml",
        51,
    ): "a revision note removing a line ('ligne supprimée à compter de …'): no amount counted",
    (
        "unseen36-budget-fields.yaml",
        52,
    ): "'12 k€ HT / an à partir de 2026, reconduite en 2027 et 2028': the renewal years read as two, not three",
    (
        "unseen36-budget-fields.yaml",
        55,
    ): "'reconductions éventuelles … (non engagées)' of a yearly contract: counted as a second year; only the firm year counts",
    (
        "unseen36-budget-fields.yaml",
        60,
    ): "a table of 'Fourchette basse | Fourchette haute' by year: not counted; the writer budgets the high column",
    (
        "unseen37-budget-fields.yaml",
        2,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; one volet paid on another sheet",
    (
        "unseen37-budget-fields.yaml",
        4,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; the other volet 'pour mémoire' on another sheet",
    (
        "unseen37-budget-fields.yaml",
        6,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money, a 'Total hors personnel' beside a post's cost",
    (
        "unseen37-budget-fields.yaml",
        9,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; one volet recalled 'pour mémoire' but budgeted here",
    (
        "unseen37-budget-fields.yaml",
        10,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; a volet added by an avenant, the initial vote printed too",
    (
        "unseen37-budget-fields.yaml",
        15,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money",
    (
        "unseen37-budget-fields.yaml",
        16,
    ): "'Coût par bénéficiaire : 120 € – 50 bénéficiaires attendus': unit cost times count not read",
    (
        "unseen37-budget-fields.yaml",
        18,
    ): "a share of a yearly post ('60 % de son temps … poste de 38 000 €/an') and a yearly amount over a period on another line",
    (
        "unseen37-budget-fields.yaml",
        20,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; the other 'à moyens constants'",
    (
        "unseen37-budget-fields.yaml",
        22,
    ): "a table of sub-actions by year under 'Montants (€)', its rows named 'Action 2.2.1 – …': not read",
    (
        "unseen37-budget-fields.yaml",
        28,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; CAF shares after 'dont'",
    (
        "unseen37-budget-fields.yaml",
        29,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money per year, a 'Total annuel' and the plan's total over its years",
    (
        "unseen37-budget-fields.yaml",
        30,
    ): "a table 'Lot | Coût | Financeur' with no money label above it: not read",
    (
        "unseen37-budget-fields.yaml",
        34,
    ): "an annual amount over 2024-2026 beside one paid on another sheet: one year counted",
    (
        "unseen37-budget-fields.yaml",
        37,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; only the last line's amount counted",
    (
        "unseen37-budget-fields.yaml",
        38,
    ): "a table of lots by year with its Total row and '(montants en euros)' under it: not read",
    (
        "unseen37-budget-fields.yaml",
        42,
    ): "a post shared by three actions ('réparti à parts égales entre les actions 2.1, 2.2 et 2.3') over two years: its share not computed",
    (
        "unseen37-budget-fields.yaml",
        44,
    ): "a contract shared with another sheet ('quote-part … 7 500 €' of 15 000 €) beside another cost on a later line: only the share counted",
    (
        "unseen37-budget-fields.yaml",
        46,
    ): "outline-numbered sub-actions ('1.1.1 Title : 12000€'): no money label, nothing read",
    (
        "unseen37-budget-fields.yaml",
        47,
    ): "'Budget annuel : 24 000 € (2025-2026)' over its sub-actions' amounts: counted three times",
    (
        "unseen37-budget-fields.yaml",
        49,
    ): "per-stay cost times stays a year and a yearly amount, over 'Sur 2 ans': not read",
    (
        "unseen37-budget-fields.yaml",
        57,
    ): "outline-numbered sub-actions under '2.1 Accès aux soins': nothing read",
    (
        "unseen37-budget-fields.yaml",
        58,
    ): "a shared post ('0,5 ETP … soit 21 000 €, partagé à parts égales avec l'action 1.2'): its half not counted",
    (
        "unseen37-budget-fields.yaml",
        59,
    ): "sub-actions' money ('Volet A – Title : 6 000 €', 'Sous-action 1 – …') on lines with no money label: not read as the sheet's money; a 'Total à la charge du CCAS' after subsidies",
    (
        "unseen38-budget-fields.yaml",
        1,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        3,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        9,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        10,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        19,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        22,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        26,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        28,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        33,
    ): "growing money not read yet — a yearly rate applied to a base ('+5 % par an', 'indexée sur l'inflation'): the years' amounts not computed",
    (
        "unseen38-budget-fields.yaml",
        2,
    ): "growing money not read yet — a fixed yearly increase ('augmentée de 2 000 € chaque année', '+ 500 € par année scolaire'): not computed",
    (
        "unseen38-budget-fields.yaml",
        16,
    ): "growing money not read yet — a fixed yearly increase ('augmentée de 2 000 € chaque année', '+ 500 € par année scolaire'): not computed",
    (
        "unseen38-budget-fields.yaml",
        20,
    ): "growing money not read yet — a fixed yearly increase ('augmentée de 2 000 € chaque année', '+ 500 € par année scolaire'): not computed",
    (
        "unseen38-budget-fields.yaml",
        40,
    ): "growing money not read yet — a fixed yearly increase ('augmentée de 2 000 € chaque année', '+ 500 € par année scolaire'): not computed",
    (
        "unseen38-budget-fields.yaml",
        4,
    ): "growing money not read yet — an amount doubled or multiplied from a year on ('doublé à partir de 2027', '+ 50 %'): not computed",
    (
        "unseen38-budget-fields.yaml",
        18,
    ): "growing money not read yet — an amount doubled or multiplied from a year on ('doublé à partir de 2027', '+ 50 %'): not computed",
    (
        "unseen38-budget-fields.yaml",
        24,
    ): "growing money not read yet — an amount doubled or multiplied from a year on ('doublé à partir de 2027', '+ 50 %'): not computed",
    (
        "unseen38-budget-fields.yaml",
        27,
    ): "growing money not read yet — an amount doubled or multiplied from a year on ('doublé à partir de 2027', '+ 50 %'): not computed",
    (
        "unseen38-budget-fields.yaml",
        5,
    ): "growing money not read yet — a ramp-up or a decreasing schedule told in shares or successive amounts: not computed",
    (
        "unseen38-budget-fields.yaml",
        7,
    ): "growing money not read yet — a ramp-up or a decreasing schedule told in shares or successive amounts: not computed",
    (
        "unseen38-budget-fields.yaml",
        23,
    ): "growing money not read yet — a ramp-up or a decreasing schedule told in shares or successive amounts: not computed",
    (
        "unseen38-budget-fields.yaml",
        6,
    ): "growing money not read yet — an amount renewed or kept at its level over later years ('reconduits à l'identique', 'maintenue'): one year counted",
    (
        "unseen38-budget-fields.yaml",
        14,
    ): "growing money not read yet — an amount renewed or kept at its level over later years ('reconduits à l'identique', 'maintenue'): one year counted",
    (
        "unseen38-budget-fields.yaml",
        36,
    ): "growing money not read yet — an amount renewed or kept at its level over later years ('reconduits à l'identique', 'maintenue'): one year counted",
    (
        "unseen38-budget-fields.yaml",
        8,
    ): "growing money not read yet — amounts per school year or per term over school years: not counted as the plan's years",
    (
        "unseen38-budget-fields.yaml",
        30,
    ): "growing money not read yet — amounts per school year or per term over school years: not counted as the plan's years",
    (
        "unseen38-budget-fields.yaml",
        37,
    ): "growing money not read yet — amounts per school year or per term over school years: not counted as the plan's years",
    (
        "unseen38-budget-fields.yaml",
        11,
    ): "growing money not read yet — a yearly reduction ('réduction de 10 % par an'): not computed",
    (
        "unseen38-budget-fields.yaml",
        12,
    ): "growing money not read yet — a post's cost by its working time over years ('mi-temps en 2025, puis temps plein'): not computed",
    (
        "unseen38-budget-fields.yaml",
        15,
    ): "growing money not read yet — a unit cost times counts that change year by year: not read",
    (
        "unseen38-budget-fields.yaml",
        29,
    ): "growing money not read yet — a unit cost times counts that change year by year: not read",
    (
        "unseen38-budget-fields.yaml",
        54,
    ): "growing money not read yet — a unit cost times counts that change year by year: not read",
    (
        "unseen38-budget-fields.yaml",
        32,
    ): "growing money not read yet — successive amounts ('80 000 € en 2025, porté à 90 000 € en 2026, puis à 100 000 € en 2027 et en 2028'): one year counted",
    (
        "unseen38-budget-fields.yaml",
        34,
    ): "growing money not read yet — a monthly amount over a span of months, changing on a date: not counted",
    (
        "unseen38-budget-fields.yaml",
        35,
    ): "growing money not read yet — a monthly amount over a span of months, changing on a date: not counted",
    (
        "unseen39-budget-fields.yaml",
        29,
    ): "amounts given 'en milliers d'euros' in a sentence above bare figures ('Année 1 : 7,5 – …'): not read",
    (
        "unseen39-budget-fields.yaml",
        30,
    ): "a '(en k€)' table of a cost and its 'dont' shares: bare figures not read as thousands",
    (
        "unseen39-budget-fields.yaml",
        34,
    ): "an in-kind contribution ('Valorisation : mise à disposition d'un agent … 3 500 €') added to the cost by ccas, left out by the writer",
    (
        "unseen39-budget-fields.yaml",
        36,
    ): "a cost per beneficiary times a number per year times years ('350 € par bénéficiaire ; 40 … par an sur 3 ans'): per-unit money is not multiplied (documented rule)",
    (
        "unseen39-budget-fields.yaml",
        37,
    ): "a unit cost times a target count ('1 250 € / personne accompagnée', '24 personnes'): not multiplied",
    (
        "unseen39-budget-fields.yaml",
        38,
    ): "a flat aid per household times households ('150 € par foyer, pour 200 foyers environ'): not multiplied",
    (
        "unseen39-budget-fields.yaml",
        40,
    ): "a cost per stay and child times children times years: not multiplied",
    (
        "unseen39-budget-fields.yaml",
        41,
    ): "an aid per household times the households targeted: not multiplied",
    (
        "unseen39-budget-fields.yaml",
        42,
    ): "a cost per night times the nights of the year: not multiplied",
    (
        "unseen39-budget-fields.yaml",
        51,
    ): "'18 000 € / par an pendant trois ans' with 'par an' wrapped onto the next line: counted once",
    (
        "unseen39-budget-fields.yaml",
        58,
    ): "'(en k€) : dépenses 52 ; recettes … -18 ; reste à charge 34': the k€ unit and the receipts not read",
    (
        "unseen39-budget-fields.yaml",
        59,
    ): "an annual budget 'reconduit de 2025 à 2028' given as its components: counted for one year",
    (
        "unseen40-budget-fields.yaml",
        6,
    ): "public-accounting money — a budget given by accounting chapter under 'Section de fonctionnement :' (011, 012, 65): not read",
    (
        "unseen40-budget-fields.yaml",
        8,
    ): "public-accounting money — an investment amount and a yearly operating amount over a period, by section: the yearly part not counted",
    (
        "unseen40-budget-fields.yaml",
        19,
    ): "public-accounting money — an AP revised by a DM and its CP over three years: the original AP and the CP added",
    (
        "unseen40-budget-fields.yaml",
        26,
    ): "public-accounting money — an AP with expected investment receipts and the remaining charge: the receipts added",
    (
        "unseen40-budget-fields.yaml",
        41,
    ): "public-accounting money — a subsidy by chapter and article beside a rental value 'non budgétée': not read",
    (
        "unseen40-budget-fields.yaml",
        48,
    ): "public-accounting money — a table of BP amounts beside paid amounts and 'en cours': not read",
    (
        "unseen40-budget-fields.yaml",
        54,
    ): "public-accounting money — 'BP 2026 : 50 000 € | BS 2026 : + 8 000 € | DM n°2 : - 3 000 €' on one line "
    "parted by '|': read as a table's row, no money field",
    ("unseen40-budget-fields.yaml", 42): "'AP n°2026-03 « Résidence autonomie » : 1,2 M€': an authorisation "
    "whose label carries its number and name is not read as a money field (its credits of payment are)",
    (
        "unseen41-budget-fields.yaml",
        14,
    ): "money over time — 'Coût en année pleine : 24 000 € / Démarrage au 1er juillet 2025 (6 mois en 2025 : 12 000 €) / Cal…': "
    "an amount per year, month or quarter whose period is printed on another line (calendar, duration): not multiplied",
    (
        "unseen41-budget-fields.yaml",
        18,
    ): "money over time — 'Coût : 150 € par bénéficiaire, 40 bénéficiaires par an / Durée : 3 ans': "
    "an amount per year, month or quarter whose period is printed on another line (calendar, duration): not multiplied",
    (
        "unseen41-budget-fields.yaml",
        21,
    ): "money over time — '| 2024 | 2025 | 2026 | Total / Personnel | 20 000 | 20 000 | 20 000 | 60 000 / Actions | 3 000 | …': "
    "a table of years with a total column and row: not read as the sheet's money",
    (
        "unseen41-budget-fields.yaml",
        28,
    ): "money over time — 'Atelier hebdomadaire : 90 € par séance, 36 séances par an, 2025-2026': "
    "amounts over the years told in words (renewed, raised each year, first year then the next, per session): not multiplied",
    (
        "unseen41-budget-fields.yaml",
        30,
    ): "money over time — '1 200 € par mois à compter d'octobre 2024, puis 1 300 € par mois en 2025 / Calendrier : octobre 2…': "
    "an amount per year, month or quarter whose period is printed on another line (calendar, duration): not multiplied",
    (
        "unseen41-budget-fields.yaml",
        48,
    ): "money over time — 'Aide financière : 25 000 € en 2025, augmentée de 2 000 € chaque année / Échéance : 2027': "
    "an amount per year, month or quarter whose period is printed on another line (calendar, duration): not multiplied",
    (
        "unseen41-budget-fields.yaml",
        51,
    ): "money over time — 'Transport solidaire : 400 € par mois, de septembre à juin (10 mois par an) / Calendrier : années …': "
    "an amount per year, month or quarter whose period is printed on another line (calendar, duration): not multiplied",
    (
        "unseen41-budget-fields.yaml",
        57,
    ): "money over time — 'Deux sessions par an à 1 800 € chacune, de 2024 à 2026': "
    "amounts over the years told in words (renewed, raised each year, first year then the next, per session): not multiplied",
    (
        "unseen42-budget-fields.yaml",
        3,
    ): "budget tables — a balanced table of expenses beside resources set side by side in two columns of one text line (pdftotext -layout): both totals counted",
    (
        "unseen42-budget-fields.yaml",
        6,
    ): "budget tables — a table of bare figures with dot thousands ('38.500') under a caption 'Montants en euros TTC' and no money label: not read as money",
    (
        "unseen42-budget-fields.yaml",
        12,
    ): "budget tables — 'Montants HT | Année 1 | Année 2' over a Total row: years named 'Année 1', not read as money columns",
    (
        "unseen42-budget-fields.yaml",
        18,
    ): "budget tables — 'Coût total' over 'Subvention …' and 'Reste à charge CCAS' rows with no table head: the shares added to the cost",
    (
        "unseen42-budget-fields.yaml",
        22,
    ): "budget tables — 'Article | Quantité | Prix unitaire | Montant' over a 'Total TTC' row: a table whose money head is not its first cell, not read",
    (
        "unseen42-budget-fields.yaml",
        26,
    ): "budget tables — a row wrapped over two text lines under 'Dépenses  Montant', then 'Total annuel': the total and its parts both counted",
    (
        "unseen42-budget-fields.yaml",
        27,
    ): "budget tables — 'Ressources  en €  %' with percentages and an 'Autofinancement' row: a resources table with no expense side, not read",
    (
        "unseen42-budget-fields.yaml",
        28,
    ): "budget tables — 'year | amount' rows with no head, one 'pm (…)': not read as the sheet's money",
    (
        "unseen42-budget-fields.yaml",
        29,
    ): "budget tables — a head of years over 'Coût de l'action', 'dont …' and 'Financement …' rows (no first head cell): not read",
    (
        "unseen42-budget-fields.yaml",
        30,
    ): "budget tables — 'Tableau 4 – Coût … (en milliers d'euros)' caption over bare figures and a Total row: the caption's unit not applied",
    (
        "unseen42-budget-fields.yaml",
        32,
    ): "budget tables — unit-price and count columns beside year columns ('Coût unitaire | Nombre | 2025 | 2026'): not read",
    (
        "unseen42-budget-fields.yaml",
        33,
    ): "budget tables — 'Montant (€)  Part' with a 'Dépense subventionnable' row over funders' shares with percentages: not read",
    (
        "unseen42-budget-fields.yaml",
        34,
    ): "budget tables — a funder × year cross table with an empty first head cell and 'Total (€)': not read",
    (
        "unseen42-budget-fields.yaml",
        36,
    ): "budget tables — 'CHARGES  PRODUITS' accounts side by side in two columns of one text line: not read",
    (
        "unseen42-budget-fields.yaml",
        37,
    ): "budget tables — years as rows, funders as columns ('Année | CCAS | Département | Total'): not read as the sheet's money",
    (
        "unseen42-budget-fields.yaml",
        38,
    ): "budget tables — '(k€ TTC)' in the table's first head cell over 'Dépenses totales' and 'dont' rows by year: not read",
    (
        "unseen42-budget-fields.yaml",
        40,
    ): "budget tables — 'Montants en € HT | Montant | %': the funders' shares with percentages added to the 'Dépense totale' row",
    (
        "unseen42-budget-fields.yaml",
        47,
    ): "an 'enveloppe annuelle' voted for one year with no period: shown, not counted (the writer counts the one year)",
    (
        "unseen42-budget-fields.yaml",
        54,
    ): "a grant 'sollicitée' on a line of its own after the cost: added to it, not read as a share",
    (
        "unseen42-budget-fields.yaml",
        59,
    ): "'6 000 € (2024), reconduit en 2025 et 2026 pour le même montant': the renewal's listed years not counted",
    (
        "unseen42-budget-fields.yaml",
        60,
    ): "'15 000 € / an sur 2 ans' under a label that names no cost ('Subvention à l'association …'): read as money outside the budget",
    (
        "unseen43-budget-fields.yaml",
        20,
    ): "'Budget 2024 : 2 400 € - Budget 2025 : 2 400 €': two labelled yearly budgets parted by a hyphen on one line, read as one stated total",
    (
        "unseen43-budget-fields.yaml",
        24,
    ): "'une dizaine de milliers d'euros': an order of size in words, no figure (the writer reads 10 000)",
    (
        "unseen43-budget-fields.yaml",
        26,
    ): "a range '10 à 12 k€': ccas counts its low end, the writer the upper end (a policy to settle: which end a budget range gives)",
    (
        "unseen43-budget-fields.yaml",
        27,
    ): "a range '8 000 – 9 500 €': ccas counts its low end, the writer the upper end",
    (
        "unseen43-budget-fields.yaml",
        29,
    ): "a yearly cap 'dans la limite de 5 000 € par an sur la période 2025-2028' under a label naming no cost: not counted",
    (
        "unseen43-budget-fields.yaml",
        41,
    ): "a yearly range '5 000 à 7 000 € par an pendant 3 ans': not multiplied (the writer takes the upper end × 3)",
    (
        "unseen43-budget-fields.yaml",
        42,
    ): "'Première estimation : 50 k€ ; estimation révisée après devis : 42 300 €': two labels on one line, the revision not read",
    (
        "unseen43-budget-fields.yaml",
        44,
    ): "'150 € par bénéficiaire, 40 bénéficiaires au plus': a price per head times a maximum count, not multiplied",
    (
        "unseen43-budget-fields.yaml",
        47,
    ): "a table 'Estimation basse | Estimation haute': both columns added (the writer takes the high one)",
    (
        "unseen43-budget-fields.yaml",
        48,
    ): "'9 000 € (barré) — remplacé par : huit mille cinq cents euros': the struck amount counted, its replacement in words not read",
    (
        "unseen43-budget-fields.yaml",
        51,
    ): "'environ 1 200 € par session ; 4 sessions prévues en 2025': a price per session times a count in the next clause, not multiplied",
    (
        "unseen43-budget-fields.yaml",
        55,
    ): "'environ 3 000 € en 2025, à reconduire à l'identique en 2026 (sous réserve)': the conditional renewal not counted",
    (
        "unseen43-budget-fields.yaml",
        57,
    ): "'au minimum 2 000 €, au maximum 3 500 €': a floor and a ceiling added (the writer takes the ceiling)",
    (
        "unseen43-budget-fields.yaml",
        60,
    ): "a range '1 000 € à 1 500 €' then a grant 'Subvention … : 1 000 €' on the next line: the range's low end and the grant added",
    (
        "unseen44-budget-fields.yaml",
        10,
    ): "money that is not new spending — 'Charges | Montant | Produits | Montant / Achats (alimentation, petit matériel) | 4 200 € | CCAS | 6 200 € / …': ccas counts 16 000, the writer 10 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        21,
    ): "money that is not new spending — 'Budget total : 30 000 € dont 12 000 € de valorisation du temps des agents': ccas counts 30 000, the writer 18 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        23,
    ): "money that is not new spending — 'Moyens humains : recrutement d'un conseiller numérique (nouveau poste, 1 ETP) : 35 000 € par an sur 2025-202…': ccas counts 74 000, the writer 70 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        26,
    ): "money that is not new spending — '0,3 ETP d'animatrice (à moyens constants) / Intervention d'une diététicienne : 1 200 € / Collations : 300 €': ccas counts nothing, the writer 1 500 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        27,
    ): "money that is not new spending — 'Coût total valorisé : 52 000 € /   - dont crédits nouveaux : 15 000 € /   - dont moyens existants (personnel…': ccas counts 52 000, the writer 15 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        29,
    ): "money that is not new spending — 'L'action repose largement sur le bénévolat (environ 1 200 heures par an, / valorisées à 14 000 €). Le CCAS p…': ccas counts nothing, the writer 5 400 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        30,
    ): "money that is not new spending — 'Poste | 2025 | 2026 / Crédits nouveaux (prestations) | 6 000 € | 6 000 € / Temps agent valorisé | 10 000 € |…': ccas counts 32 000, the writer 12 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        38,
    ): "money that is not new spending — 'Les bailleurs sociaux financent sur leurs fonds propres les travaux d'adaptation des logements (environ 40 0…': ccas counts 52 000, the writer 12 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        42,
    ): "money that is not new spending — 'Le coût de l'action est estimé à 7 200 € pour / l'année 2025, reconduit à l'identique en 2026.': ccas counts 7 200, the writer 14 400 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        43,
    ): "money that is not new spending — 'Budget : 18 000 € (dont 3 000 € de valorisation des locaux)': ccas counts 18 000, the writer 15 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        44,
    ): "money that is not new spending — 'Les frais de repas sont réglés directement par les participants (3 € par repas). / Prise en charge CCAS : 2 …': ccas counts nothing, the writer 2 400 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        49,
    ): "money that is not new spending — 'Subvention à l'épicerie sociale : 15 000 € / La Banque alimentaire fournit les denrées (valeur estimée : 60 …': ccas counts nothing, the writer 15 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        50,
    ): "money that is not new spending — 'Pour mémoire : formation des agents d'accueil (4 500 €), comptée dans la fiche action 1.2 / Signalétique et …': ccas counts nothing, the writer 1 200 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        53,
    ): "money that is not new spending — 'Budget annuel : 2025 : 11 000 € | 2026 : 11 000 € | 2027 : 11 000 € / (montants incluant 3 000 €/an de mise …': ccas counts 33 000, the writer 24 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        56,
    ): "money that is not new spending — '60 - Achats | 2 000 € / 62 - Autres services extérieurs | 3 500 € / 64 - Charges de personnel | 9 000 € / To…': ccas counts 33 000, the writer 14 500 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        58,
    ): "money that is not new spending — 'Coût : 12 000 € — financement : CCAS 4 000 €, Ville 8 000 € (mise à disposition d'un éducateur, valorisée)': ccas counts 12 000, the writer 4 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        59,
    ): "money that is not new spending — 'Contribution volontaire en nature des partenaires : 9 000 € / Total des dépenses en numéraire : 21 000 € / T…': ccas counts 51 000, the writer 21 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen44-budget-fields.yaml",
        60,
    ): "money that is not new spending — 'Dépenses | Montant / Prestation psychologue | 7 200 € / Supports d'information | 800 € / Salle prêtée gracie…': ccas counts 9 800, the writer 8 000 (what to leave out of a budget is a policy to settle)",
    (
        "unseen45-budget-fields.yaml",
        2,
    ): "'Public : 40 familles accompagnées sur l'année / Coût moyen : 350 € par famille': counted None, a reader counts 14000",
    (
        "unseen45-budget-fields.yaml",
        4,
    ): "'Mise à l'abri : 15 nuitées par mois à 55 € la nuitée, soit 9 900 € par an': counted None, a reader counts 9900",
    (
        "unseen45-budget-fields.yaml",
        5,
    ): "'Portage de repas à domicile : 8,50 € par repas, environ 42 000 repas par an / (dépense ins': counted None, a reader counts 357000",
    (
        "unseen45-budget-fields.yaml",
        6,
    ): "'Résidence autonomie : 24 places x 365 jours, taux d'occupation prévu 90 % / Prix de journé': counted None, a reader counts 488808",
    (
        "unseen45-budget-fields.yaml",
        9,
    ): "'20 à 25 jeunes par session, 2 sessions par an / Coût par jeune : 180 €': counted None, a reader counts 9000",
    (
        "unseen45-budget-fields.yaml",
        10,
    ): "'Objectif : 12 ateliers par an de 2024 à 2026 / Coût d'un atelier (intervenant + matériel) ': counted None, a reader counts 16200",
    (
        "unseen45-budget-fields.yaml",
        11,
    ): "'Coût d'une place en crèche : 15 000 €/an ; 4 places réservées par le CCAS / Participation ': counted None, a reader counts 60000",
    (
        "unseen45-budget-fields.yaml",
        13,
    ): "'Bons d'achat de Noël : 50 € par enfant, 320 enfants concernés, soit 16 000 €': counted None, a reader counts 16000",
    (
        "unseen45-budget-fields.yaml",
        16,
    ): "'Le CCAS prend en charge 3 nuits d'hébergement d'urgence par personne orientée, au tarif / ': counted None, a reader counts 6840",
    (
        "unseen45-budget-fields.yaml",
        17,
    ): "'Budget annuel : visites à domicile, 2 visites par mois pour 45 personnes âgées isolées, / ': counted None, a reader counts 19440",
    (
        "unseen45-budget-fields.yaml",
        20,
    ): "'Mutuelle communale : participation du CCAS de 10 € par mois et par adhérent, / 150 adhéren': counted None, a reader counts 18000",
    (
        "unseen45-budget-fields.yaml",
        21,
    ): "'Portage de repas : 620 repas par mois sur l'année, coût de revient 9,20 € le repas / dont ': counted 5704.0, a reader counts 68448",
    (
        "unseen45-budget-fields.yaml",
        22,
    ): "'Nombre de ménages accompagnés : 2024 : 30 ; 2025 : 40 ; 2026 : 50 / Coût moyen par ménage ': counted None, a reader counts 30000",
    (
        "unseen45-budget-fields.yaml",
        23,
    ): "'Prix de la place : 8 € par jour / Capacité : 12 places, ouverture 220 jours par an, taux d': counted None, a reader counts 15840",
    (
        "unseen45-budget-fields.yaml",
        24,
    ): "'Entre 15 et 20 familles bénéficiaires ; 600 € par famille': counted None, a reader counts 12000",
    (
        "unseen45-budget-fields.yaml",
        26,
    ): "'Kits d'hygiène : 12 € le kit ; 500 kits distribués par an pendant 3 ans': counted None, a reader counts 18000",
    (
        "unseen45-budget-fields.yaml",
        28,
    ): "'Coût estimé par logement : 1 500 € de travaux d'adaptation, 10 logements par an / Financem': counted 1500.0, a reader counts 15000",
    (
        "unseen45-budget-fields.yaml",
        30,
    ): "'Navette solidaire : coût réel d'un trajet 14 €, 1 800 trajets par an / Participation de l'': counted 14.0, a reader counts 25200",
    (
        "unseen45-budget-fields.yaml",
        31,
    ): "'Séjours de répit aidants : 5 nuits x 85 € x 12 couples aidant-aidé': counted None, a reader counts 5100",
    (
        "unseen45-budget-fields.yaml",
        32,
    ): "'Ateliers cuisine : 6 ateliers par trimestre sur l'année, / 80 € de denrées par atelier': counted None, a reader counts 1920",
    (
        "unseen45-budget-fields.yaml",
        33,
    ): "'Permanence juridique : 3 heures par mois à 90 €/h, / de septembre 2024 à juin 2026 (22 moi': counted None, a reader counts 5940",
    (
        "unseen45-budget-fields.yaml",
        34,
    ): "'Hébergement temporaire : 2 places réservées à 45 € par nuit, soit 32 850 € par an': counted None, a reader counts 32850",
    (
        "unseen45-budget-fields.yaml",
        35,
    ): "'Budget : 30 bénéficiaires x 1,5 k€ = 45 k€': counted 46500.0, a reader counts 45000",
    (
        "unseen45-budget-fields.yaml",
        37,
    ): "'Coût annuel : 48 places x 110 € = 5 280 € / Durée : 2025-2028 (4 ans)': counted 5280.0, a reader counts 21120",
    (
        "unseen45-budget-fields.yaml",
        39,
    ): "'Épicerie solidaire : 60 foyers inscrits, fréquentation moyenne 70 %, / 4 passages par mois': counted 24.0, a reader counts 12096",
    (
        "unseen45-budget-fields.yaml",
        40,
    ): "'Coût : 45 jeunes x 400 € = 18 000 € / Financement : Département 9 000 € ; CCAS 9 000 €': counted 400.0, a reader counts 18000",
    (
        "unseen45-budget-fields.yaml",
        60,
    ): "'Budget 2025 : 3 000 € / Budget 2026 : reconduction (3 000 €)': counted 3000.0, a reader counts 6000",
    (
        "unseen46-budget-fields.yaml",
        15,
    ): "'Subvention versée à l'association : 10 000 euros': counted None, a reader counts 10000",
    (
        "unseen46-budget-fields.yaml",
        21,
    ): "'Budget 2026 : 10 000 €, revalorisé de 2 % par an / Durée : 2026-2028': counted 10000.0, a reader counts 30604",
    (
        "unseen46-budget-fields.yaml",
        22,
    ): "'Indexé sur l'inflation, base 2026 : 10 000 € / Période : 2026 – 2029': counted None, a reader counts 40000",
    (
        "unseen46-budget-fields.yaml",
        23,
    ): "'Démarrage en septembre 2026 : 4 mois de fonctionnement, soit 6 000 € / En année pleine : 1': counted None, a reader counts 42000",
    (
        "unseen46-budget-fields.yaml",
        24,
    ): "'Coût en année pleine : 24 000 € / 2026 : 6 mois de fonctionnement (ouverture au 1er juille': counted 24000.0, a reader counts 36000",
    (
        "unseen46-budget-fields.yaml",
        25,
    ): "'2025 : 20 000 € / 2026 : +10 % / 2027 : +10 % par rapport à 2026': counted 20000.0, a reader counts 66200",
    (
        "unseen46-budget-fields.yaml",
        26,
    ): "'Budget 2026 : 15 000 € / Réduit de 3 000 € en 2027, puis de nouveau de 3 000 € en 2028': counted 15000.0, a reader counts 36000",
    (
        "unseen46-budget-fields.yaml",
        28,
    ): "'Année de référence 2026 : 5 400 € / Montant identique les années suivantes jusqu'en 2030': counted None, a reader counts 27000",
    (
        "unseen46-budget-fields.yaml",
        29,
    ): "'Budget initial 2026 : 30 000 € / Vote d'un crédit supplémentaire de 5 000 € (DM n°2, octob': counted 30000.0, a reader counts 70000",
    (
        "unseen46-budget-fields.yaml",
        32,
    ): "'Budget 2026 : 40 000 € / 2027 : en hausse de 25 % / 2028 : identique à 2027': counted 40000.0, a reader counts 140000",
    (
        "unseen46-budget-fields.yaml",
        33,
    ): "'Prestation de médiation : 2 000 € par mois à compter de septembre 2026 / Reconduction en 2': counted None, a reader counts 32000",
    (
        "unseen46-budget-fields.yaml",
        34,
    ): "'Budget 2025 : 16 000 € (prorata de 8 mois) / Budget en année pleine : 24 000 € en 2026 et ': counted 16000.0, a reader counts 64000",
    (
        "unseen46-budget-fields.yaml",
        35,
    ): "'Enveloppe annuelle : 50 000 €, ramenée à 40 000 € à partir de 2028 / Plan 2026-2029': counted 40000.0, a reader counts 180000",
    (
        "unseen46-budget-fields.yaml",
        36,
    ): "'Subvention au CLIC : 25 000 € en 2026 / Évolution : -5 % par an (désengagement progressif)': counted None, a reader counts 71312.5",
    (
        "unseen46-budget-fields.yaml",
        39,
    ): "'Coût du poste de coordinatrice : 42 000 € en année pleine / Recrutement prévu au 1er avril': counted 42000.0, a reader counts 115500",
    (
        "unseen46-budget-fields.yaml",
        40,
    ): "'Budget 2026 : 7 500 € | 2027 : 7 500 € + 3 % | 2028 : à déterminer': counted 15000.0, a reader counts 15225",
    (
        "unseen46-budget-fields.yaml",
        41,
    ): "'Montant de référence (2026) : 20 000 €, indexé sur l'inflation / Années suivantes (2027-20': counted 20000.0, a reader counts 60000",
    (
        "unseen46-budget-fields.yaml",
        42,
    ): "'Participation CCAS : 1,50 € par habitant en 2026 (12 000 habitants), / puis +0,10 €/habita': counted None, a reader counts 57600",
    (
        "unseen46-budget-fields.yaml",
        43,
    ): "'Budget annuel 2026 : 14 000 € / +1 000 € chaque année jusqu'en 2029': counted 14000.0, a reader counts 62000",
    (
        "unseen46-budget-fields.yaml",
        44,
    ): "'Budget : 10 000 € en 2026 (demi-année) / 20 000 € en année pleine à compter de 2027 / Éché': counted 10000.0, a reader counts 30000",
    (
        "unseen46-budget-fields.yaml",
        48,
    ): "'Subvention annuelle à l'épicerie sociale : 8 000 € (2025) / Revalorisation de 1,5 % par an': counted None, a reader counts 24361.8",
    (
        "unseen46-budget-fields.yaml",
        49,
    ): "'Budget 2026 : 25 000 € ; 2027 : 22 000 € (fin des frais / d'installation) ; 2028 : idem 20': counted 47000.0, a reader counts 69000",
    (
        "unseen46-budget-fields.yaml",
        51,
    ): "'Ticket loisirs : 40 € par enfant, 300 enfants en 2026, 350 en 2027 / Montant unitaire port': counted 45.0, a reader counts 27750",
    (
        "unseen46-budget-fields.yaml",
        52,
    ): "'Chèques énergie municipaux : enveloppe 2026 de 30 000 €, reconduite / à l'identique en 202': counted 30000.0, a reader counts 123000",
    (
        "unseen46-budget-fields.yaml",
        53,
    ): "'Coût en année pleine : 36 000 € / Ouverture de la halte-répit prévue à la rentrée 2026 (se': counted 36000.0, a reader counts 84000",
    (
        "unseen46-budget-fields.yaml",
        57,
    ): "'Budget 2026 : 8 000 € / En 2027, le budget est augmenté de 50 % pour étendre l'action au q': counted 8000.0, a reader counts 28000",
    (
        "unseen46-budget-fields.yaml",
        58,
    ): "'Vote au BP 2026 : 22 000 € / Crédits supplémentaires votés au BS 2026 : 3 500 € / Budget 2': counted None, a reader counts 51000",
    (
        "unseen47-budget-fields.yaml",
        23,
    ): "'Crédits | BP 2025 | DM n°1 | Total voté / 6574 – Subventions aux associations | 20 000 | (': counted None, a reader counts 18500",
    (
        "unseen47-budget-fields.yaml",
        25,
    ): "'Crédits (k€) : BP 45 ; BS 5 ; DM (2)': counted None, a reader counts 48000",
    (
        "unseen47-budget-fields.yaml",
        26,
    ): "'Coût 2024 : 7,2 / Coût 2025 : 7,4 / (montants en k€ TTC)': counted None, a reader counts 14600",
    (
        "unseen47-budget-fields.yaml",
        28,
    ): "'Budget (k€) :  2025 : 12.5  /  2026 : 12.5': counted 24000.0, a reader counts 25000",
    (
        "unseen47-budget-fields.yaml",
        30,
    ): "'Dépenses | Recettes | Solde / 24 000 | 15 000 | (9 000)': counted None, a reader counts 24000",
    (
        "unseen47-budget-fields.yaml",
        31,
    ): "'611 – Contrats de prestations de services | 6 000 / 6132 – Locations immobilières | 1 800 ': counted None, a reader counts 7800",
    (
        "unseen47-budget-fields.yaml",
        35,
    ): "'Plan de financement (milliers d'euros) / Dépenses : 60 /   dont Conseil départemental : 20': counted None, a reader counts 60000",
    (
        "unseen47-budget-fields.yaml",
        37,
    ): "'BP 2025 : 5 000 € ; DM n°2 : (5 000) € – action décalée / Crédits réinscrits au BP 2026 : ': counted 10000.0, a reader counts 5000",
    (
        "unseen47-budget-fields.yaml",
        38,
    ): "'Dépenses : 6064 Fournitures administratives 300 ; 6257 Réceptions 700 ; / 6288 Autres serv': counted None, a reader counts 3000",
    (
        "unseen47-budget-fields.yaml",
        40,
    ): "'Total HT : 10 000 € ; TVA 20 % : 2 000 € ; Total TTC : 12 000 €': counted 22000.0, a reader counts 12000",
    (
        "unseen47-budget-fields.yaml",
        44,
    ): "'(en euros) / Achats : 4 800 / Services extérieurs : 3 200 / Participation des usagers : (1': counted None, a reader counts 8000",
    (
        "unseen47-budget-fields.yaml",
        45,
    ): "'BP 2026 : 14 000 / DM 1 : + 2 000 / DM 2 : (500)': counted None, a reader counts 15500",
    (
        "unseen47-budget-fields.yaml",
        46,
    ): "'Coût annuel : 16 000 € ; cofinancement Conférence des financeurs : (9 600) ; / reste à cha': counted 6400.0, a reader counts 32000",
    (
        "unseen47-budget-fields.yaml",
        48,
    ): "'Section d'investissement : 2183 – Matériel informatique : 3 600 / Section de fonctionnemen': counted None, a reader counts 5040",
    (
        "unseen47-budget-fields.yaml",
        49,
    ): "'Dépenses | | Recettes | / Prestations | 11 000 | CAF | 6 000 / Fournitures | 1 000 | CCAS ': counted None, a reader counts 12000",
    (
        "unseen47-budget-fields.yaml",
        50,
    ): "'Montants en euros HT / Étude de faisabilité (cabinet) : 45.000': counted None, a reader counts 45000",
    (
        "unseen47-budget-fields.yaml",
        51,
    ): "'Fonds d'aide aux impayés d'énergie – crédits (en milliers d'euros) : / 2024 : 150 ; 2025 :': counted None, a reader counts 460000",
    (
        "unseen47-budget-fields.yaml",
        53,
    ): "'BP 2025 : 0 ; BS 2025 : 7 500 (inscription nouvelle)': counted None, a reader counts 7500",
    (
        "unseen47-budget-fields.yaml",
        55,
    ): "'Chapitre 65 – article 6562 Aides (secours d'urgence) : 30 000 € (BP) / réduction de 10 % e': counted None, a reader counts 27000",
    (
        "unseen47-budget-fields.yaml",
        56,
    ): "'Coût annuel* : 8,75 / Nombre d'années : 4 / * en k€': counted None, a reader counts 35000",
    (
        "unseen47-budget-fields.yaml",
        58,
    ): "'Compte | BP | DM | Total / 6042 | 10 000 | (2 000) | 8 000 / 6068 | 1 000 | 2 000 | 3 000': counted None, a reader counts 11000",
    (
        "unseen48-budget-fields.yaml",
        29,
    ): "'Coût : 1 / 500 € par session ; deux sessions prévues (printemps et automne 2026)': counted None, a reader counts 3000",
    (
        "unseen48-budget-fields.yaml",
        32,
    ): "'Dépense TTC | Dépense HT / 14 400 € | 12 000 €': counted None, a reader counts 14400",
    (
        "unseen48-budget-fields.yaml",
        37,
    ): "'Le CCAS consacre à l'action un budget de douze mille / euros par an, de 2025 à 2028 inclus': counted None, a reader counts 48000",
    (
        "unseen48-budget-fields.yaml",
        53,
    ): "'Budget : 14 000 €² / ² fonctionnement ; s'y ajoute un investissement de 6 000 € en 2026 (m': counted 14000.0, a reader counts 20000",
    (
        "unseen48-budget-fields.yaml",
        55,
    ): "'Coût : 950 € par atelier, 12 ateliers par an, soit 11 400 € par an / Programmation : 2026 ': counted None, a reader counts 22800",
    (
        "unseen48-budget-fields.yaml",
        57,
    ): "'Poste de coordinateur : 42 000 € chargés / an / Frais de fonctionnement : 3 000 € / an / D': counted 6000.0, a reader counts 90000",
    (
        "unseen49-budget-fields.yaml",
        3,
    ): "'Marché d'étude (actualisation de l'ABS) : / – tranche ferme : 30 000 € HT / – tranche opti': counted 44500.0, a reader counts 38000",
    (
        "unseen49-budget-fields.yaml",
        4,
    ): "'Option haute (2 ETP travailleurs sociaux) : 96 000 €/an / Option basse (1 ETP + vacations)': counted None, a reader counts 122000",
    (
        "unseen49-budget-fields.yaml",
        13,
    ): "'Tranche | Objet | Montant TTC / Ferme | Diagnostic et 1re session | 22 800 € / Optionnelle': counted None, a reader counts 42000",
    (
        "unseen49-budget-fields.yaml",
        15,
    ): "'Scénario 1 « accueil de jour renforcé » : 2025 : 20 000 € ; 2026 : 25 000 € ; 2027 : 25 00': counted 170000.0, a reader counts 70000",
    (
        "unseen49-budget-fields.yaml",
        22,
    ): "'Solution de base : logiciel de gestion des aides facultatives, 19 000 € (licence + paramét': counted 6400.0, a reader counts 32300",
    (
        "unseen49-budget-fields.yaml",
        24,
    ): "'Tranche ferme (mise en place du service, 2025) : 27 000 € / Tranche optionnelle (extension': counted None, a reader counts 27000",
    (
        "unseen49-budget-fields.yaml",
        26,
    ): "'Le cabinet préconise le scénario C (120 000 €). / Le CA a retenu le scénario B, moins ambi': counted None, a reader counts 84000",
    (
        "unseen49-budget-fields.yaml",
        28,
    ): "'Hypothèse retenue : 25 places d'hébergement d'urgence × 18 € par nuit × 365 nuits / soit 1': counted None, a reader counts 164250",
    (
        "unseen49-budget-fields.yaml",
        32,
    ): "'Deux scénarios ont été chiffrés pour la création du poste de / conseiller numérique : un r': counted None, a reader counts 42000",
    (
        "unseen49-budget-fields.yaml",
        33,
    ): "'Budget 2025 : 6 000 € – Budget 2026 : 6 000 € – Budget 2027 : reconduction sous réserve / ': counted 6000.0, a reader counts 12000",
    (
        "unseen49-budget-fields.yaml",
        38,
    ): "'Accompagnement juridique (marché à tranches) : / TF – 12 mois d'accompagnement : 14 400 € ': counted None, a reader counts 14400",
    (
        "unseen49-budget-fields.yaml",
        40,
    ): "'Variante avec restauration sur place : + 18 000 €/an (non retenue) / Budget de l'action (p': counted 126000.0, a reader counts 108000",
    (
        "unseen49-budget-fields.yaml",
        44,
    ): "'Option haute (retenue si la subvention FSE+ est accordée) : 90 000 € / Option basse (à déf': counted 240000.0, a reader counts 90000",
    (
        "unseen49-budget-fields.yaml",
        46,
    ): "'Coût du scénario de référence (maintien du dispositif actuel) : 26 000 € par an / Scénario': counted None, a reader counts 62400",
    (
        "unseen49-budget-fields.yaml",
        47,
    ): "'Lieu d'implantation à arbitrer (quartier Gare ou quartier Nord) ; coût identique dans les ': counted 19000.0, a reader counts 22000",
    (
        "unseen49-budget-fields.yaml",
        51,
    ): "'Construction de la résidence autonomie (part CCAS) : 1,2 M€': counted None, a reader counts 1200000",
    (
        "unseen49-budget-fields.yaml",
        57,
    ): "'Lot 1 – animation des ateliers : 16 000 € / Lot 2 – transport des participants : 7 000 € (': counted 23000.0, a reader counts 16000",
    (
        "unseen49-budget-fields.yaml",
        59,
    ): "'Hypothèse | 2025 | 2026 | 2027 / H1 (30 familles) | 9 000 € | 9 000 € | 9 000 € / H2 (50 f': counted 72000.0, a reader counts 45000",
    (
        "unseen50-budget-fields.yaml",
        3,
    ): "'Budget : [supprimé : 8 000 €] [ajouté : 9 500 €]': counted 8000.0, a reader counts 9500",
    (
        "unseen50-budget-fields.yaml",
        4,
    ): "'Coût annuel : {-6 000 €-}{+7 200 €+} par an / Échéancier : 2025-2027': counted None, a reader counts 21600",
    (
        "unseen50-budget-fields.yaml",
        5,
    ): "'Budget global : 21 000 € / Erratum : lire 12 000 € au lieu de 21 000 €.': counted 21000.0, a reader counts 12000",
    (
        "unseen50-budget-fields.yaml",
        8,
    ): "'Plan de financement : Ville 4 000 € ; Département 6 000 € / NDLR : la participation de la ': counted 5000.0, a reader counts 11000",
    (
        "unseen50-budget-fields.yaml",
        9,
    ): "'Budget annuel : 3 500 € (2024-2026) / Montant rectifié : 4 200 € par an': counted 10500.0, a reader counts 12600",
    (
        "unseen50-budget-fields.yaml",
        15,
    ): "'Coût : 60 000 € sur trois ans (2025-2027) / Erratum (version du 3 avril 2025) : le montant': counted 60000.0, a reader counts 180000",
    (
        "unseen50-budget-fields.yaml",
        16,
    ): "'2025 : ~~5 000 €~~ 6 000 € / 2026 : 6 000 €': counted 6000.0, a reader counts 12000",
    (
        "unseen50-budget-fields.yaml",
        25,
    ): "'[supprimé : Budget : 10 000 €] [ajouté : Budget : à définir en 2026]': counted 10000.0, a reader counts None",
    (
        "unseen50-budget-fields.yaml",
        26,
    ): "'Budget : 5 000 € / Erratum : le montant de 5 000 € indiqué ici concerne la fiche action n°': counted 5000.0, a reader counts None",
    (
        "unseen50-budget-fields.yaml",
        29,
    ): "'Total 2025-2026 : 16 000 € / Montant rectifié après arbitrage budgétaire (BP 2025) : 13 50': counted 16000.0, a reader counts 13500",
    (
        "unseen50-budget-fields.yaml",
        32,
    ): "'Budget : 8 000 € / NDLR : montant annuel, reconduit chaque année de 2025 à 2028.': counted 8000.0, a reader counts 32000",
    (
        "unseen50-budget-fields.yaml",
        36,
    ): "'Coût unitaire : 35 € par colis / Nombre de colis distribués : 400': counted None, a reader counts 14000",
    (
        "unseen50-budget-fields.yaml",
        37,
    ): "'Budget 2025 : 5 000 € / [ajouté : Budget 2026 : 5 500 €]': counted 5000.0, a reader counts 10500",
    (
        "unseen50-budget-fields.yaml",
        38,
    ): "'Budget : {-2024 : 6 000 € ;-} 2025 : 6 000 € ; 2026 : 6 000 €': counted 18000.0, a reader counts 12000",
    (
        "unseen50-budget-fields.yaml",
        39,
    ): "'Budget : 2 350,50 € / Erratum : lire 3 250,50 € (inversion de chiffres).': counted 5601.0, a reader counts 3250.5",
    (
        "unseen50-budget-fields.yaml",
        44,
    ): "'2025 : 20 000 € ; 2026 : 20 000 € / Erratum : en 2026, lire 22 000 €.': counted 40000.0, a reader counts 42000",
    (
        "unseen50-budget-fields.yaml",
        45,
    ): "'Poste d'animateur (0,5 ETP) : 17 000 € / Fournitures : 1 000 € / Total : [supprimé : 19 00': counted 38000.0, a reader counts 18000",
    (
        "unseen50-budget-fields.yaml",
        51,
    ): "'Budget : 5 000 € par an (2025-2028) / Erratum : l'action ne débute qu'en 2026 ; lire « 202': counted 20000.0, a reader counts 15000",
    (
        "unseen50-budget-fields.yaml",
        53,
    ): "'Budget initial : 40 000 € / Montant rectifié (DM n°2, à confirmer en conseil d'administrat': counted 40000.0, a reader counts 36000",
    (
        "unseen51-budget-fields.yaml",
        11,
    ): "'Coût par participant : 350 € ; 40 participants attendus.': counted None, a reader counts 14000",
    (
        "unseen51-budget-fields.yaml",
        14,
    ): "'Budget : 2 500 € en 2025, reconduit à l'identique en 2026.': counted 2500.0, a reader counts 5000",
    (
        "unseen51-budget-fields.yaml",
        20,
    ): "'Budget 2025 : 2 000 € — Budget 2026 : 2 000 € — Budget 2027 : 2 500 €': counted 2000.0, a reader counts 6500",
    (
        "unseen51-budget-fields.yaml",
        22,
    ): "'Budget 2025-2027 | =12000*3 €': counted 3.0, a reader counts 36000",
    (
        "unseen51-budget-fields.yaml",
        25,
    ): "'Budget prévisionnel | 1,2E+04 €': counted 4.0, a reader counts 12000",
    (
        "unseen51-budget-fields.yaml",
        29,
    ): "'Coût par séance | 150 € / Nombre de séances | 24 / Coût total | #VALEUR!': counted None, a reader counts 3600",
    (
        "unseen51-budget-fields.yaml",
        34,
    ): "'Budget annuel | 2,5E+03 € / Durée | 3 ans (2026-2028)': counted 3.0, a reader counts 7500",
    ("unseen51-budget-fields.yaml", 40): "'Budget | 1.5E+04': counted None, a reader counts 15000",
    (
        "unseen51-budget-fields.yaml",
        41,
    ): "'Ateliers cuisine | 2 400 / Transport | 1 200 / Repas partagés | 3 000 / Communication | 40': counted None, a reader counts 7000",
    (
        "unseen51-budget-fields.yaml",
        42,
    ): "'Loyer mensuel du local | 650 € / Nombre de mois | 12 / Coût annuel | =650*12': counted 650.0, a reader counts 7800",
    (
        "unseen51-budget-fields.yaml",
        46,
    ): "'Coût total | 50 000 € / Part CAF (40 %) | 20 000 € / Part CCAS (60 %) | 30 000 € / Total f': counted 100000.0, a reader counts 50000",
    (
        "unseen51-budget-fields.yaml",
        47,
    ): "'Budget annuel | 2 666,666667 € / Sur 3 ans | 8 000,00 €': counted 10666.67, a reader counts 8000",
    (
        "unseen51-budget-fields.yaml",
        49,
    ): "'Dépense | Montant / Formation des bénévoles | '1 800 / Kits de prévention | '2 200 / Total': counted None, a reader counts 4000",
    (
        "unseen51-budget-fields.yaml",
        50,
    ): "'Subvention Conférence des financeurs | 1,85E+04 / Autofinancement CCAS | 4,5E+03': counted None, a reader counts 23000",
    ("unseen51-budget-fields.yaml", 51): "'Budget | =15000': counted None, a reader counts 15000",
    ("unseen51-budget-fields.yaml", 52): "'Coût | =8000+2500+1500': counted None, a reader counts 12000",
    (
        "unseen51-budget-fields.yaml",
        53,
    ): "'Médiateur santé | 9 000 € / Supports de communication | 3 500 € / Total | ########': counted None, a reader counts 12500",
    (
        "unseen51-budget-fields.yaml",
        54,
    ): "'Coût de l'action | 10 000 € / dont CAF | 4 000 € / Total | 14 000 €': counted 14000.0, a reader counts 10000",
    (
        "unseen51-budget-fields.yaml",
        56,
    ): "'Budget | 2025 | 2026 | 2027 / Fonctionnement | 8 000 | =B2 | =C2': counted 8000.0, a reader counts 24000",
    (
        "unseen51-budget-fields.yaml",
        57,
    ): "'Coût horaire | 45 € / Nombre d'heures | 200 / Coût total | =B1*B2': counted None, a reader counts 9000",
    (
        "unseen51-budget-fields.yaml",
        59,
    ): "'Intervention psychologue | 6 000,00 € / Déplacements | 1 250,50 € / Total | #NOM?': counted None, a reader counts 7250.5",
    (
        "unseen52-budget-fields.yaml",
        7,
    ): "'Financeur | Montant / Conférence des financeurs | 9 500 € / CARSAT | 4 000 € / CCAS (fonds': counted 2500.0, a reader counts 16000",
    (
        "unseen52-budget-fields.yaml",
        24,
    ): "'Coût estimé : 60 000 € par an. / Prise en charge : deux tiers par l'État (40 000 €), un ti': counted 80000.0, a reader counts 120000",
    (
        "unseen52-budget-fields.yaml",
        25,
    ): "'Dépenses éligibles : 80 000 € / Le FSE+ finance 60 % des dépenses éligibles, soit 48 000 €': counted 80000.0, a reader counts 88000",
    (
        "unseen52-budget-fields.yaml",
        29,
    ): "'Coût par ménage accompagné : 1 200 €, pris en charge pour moitié par le bailleur social. /': counted None, a reader counts 60000",
    (
        "unseen52-budget-fields.yaml",
        34,
    ): "'Coût annuel : 32 000 € / Financement : CAF 40 % – CCAS 60 % (reste à charge du CCAS : 19 2': counted None, a reader counts 128000",
    (
        "unseen53-budget-fields.yaml",
        9,
    ): "'Coût unitaire : 150 € par bénéficiaire / Nombre de bénéficiaires attendus en 2025 : 40, so': counted None, a reader counts 6000",
    (
        "unseen53-budget-fields.yaml",
        20,
    ): "'Montant : 3 000 € en 2024, puis 3 500 € en 2025 et en 2026': counted 6500.0, a reader counts 10000",
    (
        "unseen53-budget-fields.yaml",
        30,
    ): "'Budget commun aux actions 5.1 et 5.2 : 24 000 € / (inscrit en totalité sur la présente fic': counted None, a reader counts 24000",
    (
        "unseen53-budget-fields.yaml",
        32,
    ): "'Poste | 2025 | 2026 / Animation | 5 000 € | 5 000 € / Local (mutualisé, voir fiche 1.2) | ': counted None, a reader counts 20000",
    (
        "unseen53-budget-fields.yaml",
        33,
    ): "'Travailleur social : 0,5 ETP, soit 22 000 €/an / (l'autre moitié du poste est comptée sur ': counted None, a reader counts 44000",
    (
        "unseen53-budget-fields.yaml",
        45,
    ): "'Salaire de la conseillère numérique : pris en charge sur la fiche 1.4 / Matériel (10 table': counted 3500.0, a reader counts 5300",
    (
        "unseen53-budget-fields.yaml",
        50,
    ): "'Coordination : voir fiche 1.1 (poste mutualisé) / Ateliers : 250 € la séance x 20 séances,': counted None, a reader counts 5000",
    (
        "unseen53-budget-fields.yaml",
        59,
    ): "'Coût du poste de médiatrice : 38 000 €/an, dont 50 % sur cette action / et 50 % sur l'acti': counted 76000.0, a reader counts 38000",
    (
        "unseen54-budget-fields.yaml",
        17,
    ): "'Coût unitaire : 150 € par famille accompagnée, / soit 6 000 € pour les 40 familles prévues': counted None, a reader counts 6000",
    (
        "unseen54-budget-fields.yaml",
        30,
    ): "'Dépenses | Recettes / Personnel : 20 000 € | CAF : 12 000 € / Fonctionnement : 5 000 € | C': counted 50000.0, a reader counts 25000",
    (
        "unseen54-budget-fields.yaml",
        36,
    ): "'Subvention de fonctionnement versée à l'association : 2 000 € par an sur 5 ans': counted None, a reader counts 10000",
    (
        "unseen54-budget-fields.yaml",
        37,
    ): "'Année 1 : 12 000 € / Années 2 et 3 : 14 000 € par an': counted None, a reader counts 40000",
    (
        "unseen54-budget-fields.yaml",
        40,
    ): "'Une enveloppe de 5 000 euros est réservée chaque année au fonds d'aide / d'urgence, de 202': counted 5000.0, a reader counts 25000",
    (
        "unseen54-budget-fields.yaml",
        51,
    ): "'Étude préalable (2025) : 15 000 € / Mise en œuvre (2026-2027) : 40 000 €': counted 15000.0, a reader counts 55000",
    ("unseen55-budget-fields.yaml", 11): (
        "'Recettes :' over funders' lines and no cost: the receipts are the budget a reader counts (the sum of funders); ccas keeps the first line only"
    ),
    ("unseen55-budget-fields.yaml", 14): (
        "'1,2 M€ au budget du CCAS' (the CCAS's whole budget) beside a yearly envelope over '(2025-2029)' on the next line: the context figure is counted, the envelope not multiplied"
    ),
    ("unseen55-budget-fields.yaml", 17): (
        "'9 000 € par la CAF … sur un coût' / 'total estimé à 30 000 €': the cost wrapped onto the next line after a funder's share; both counted"
    ),
    ("unseen55-budget-fields.yaml", 28): (
        "'(montants annuels, 2025-2026)' on its own line under two amounts: the note that makes them yearly is not read"
    ),
    ("unseen55-budget-fields.yaml", 39): (
        "'1 200 €/mois' with 'Période : janvier à décembre 2026': a monthly cost over a period in months is not multiplied"
    ),
    ("unseen55-budget-fields.yaml", 48): (
        "'15 000 € par an.' inside a sentence after 'Objectif :' with 'Échéance : 2026': a yearly amount told in prose is not counted"
    ),
    (
        "unseen56-budget-fields.yaml",
        4,
    ): "'Poste | Montant HT | Montant TTC / Achat d'un véhicule adapté | 31 250 € | 37 500 € / Amén': counted 35250.0, a reader counts 42300",
    (
        "unseen56-budget-fields.yaml",
        6,
    ): "'Financement | 2025 | 2026 | 2027 / Ville | 3 000 € | 3 000 € | 3 000 € / ARS | 5 000 € | —': counted 14000.0, a reader counts 19000",
    (
        "unseen56-budget-fields.yaml",
        7,
    ): "'Moyens | Quantité | Coût annuel / Travailleur social | 1 ETP | 41 000 € / Secrétariat | 0,': counted None, a reader counts 150000",
    (
        "unseen56-budget-fields.yaml",
        8,
    ): "'Année | Budget annuel | Cumul / 2024 | 6 000 € | 6 000 € / 2025 | 7 500 € | 13 500 € / 202': counted None, a reader counts 21000",
    (
        "unseen56-budget-fields.yaml",
        9,
    ): "'Investissement (une fois) : 2 ordinateurs portables | 1 800 € / Investissement (une fois) ': counted 5520.0, a reader counts 9480",
    (
        "unseen56-budget-fields.yaml",
        15,
    ): "'en k€ | 2025 | 2026 | Total / Dépenses | 35 | 37 | 72 / dont subvention CNSA | 10 | 10 | 2': counted 144000.0, a reader counts 72000",
    (
        "unseen56-budget-fields.yaml",
        16,
    ): "'Dispositif | Bénéficiaires | Coût unitaire | Coût total / Colis alimentaires | 120 | 45 € ': counted None, a reader counts 17400",
    (
        "unseen56-budget-fields.yaml",
        17,
    ): "'Année      Montant (€)     Cumul (€) / 2022          11 000         11 000 / 2023         ': counted None, a reader counts 47000",
    (
        "unseen56-budget-fields.yaml",
        19,
    ): "'Prestation | Prestataire | Montant HT / Diagnostic précarité énergétique (40 logements) | ': counted None, a reader counts 10400",
    (
        "unseen56-budget-fields.yaml",
        24,
    ): "'Budget annuel | Montant / Animateur (0,3 ETP) | 10 500 € / Goûters et sorties | 2 000 € / ': counted 25000.0, a reader counts 12500",
    (
        "unseen56-budget-fields.yaml",
        25,
    ): "'Désignation | Qté | PU HT | Total HT / Bancs adaptés | 6 | 450 € | 2 700 € / Signalétique ': counted None, a reader counts 4800",
    (
        "unseen56-budget-fields.yaml",
        26,
    ): "'Année | CAF | Ville | CCAS | Total / 2025 | 4 000 | 2 000 | 1 500 | 7 500 / 2026 | 4 000 |': counted None, a reader counts 15300",
    (
        "unseen56-budget-fields.yaml",
        27,
    ): "'| Action | Coût 2024 | Coût 2025 | / |---|---|---| / | Permanences juridiques | 3 600 € | ': counted 6000.0, a reader counts 12400",
    (
        "unseen56-budget-fields.yaml",
        32,
    ): "'Poste | Coût unique | Coût annuel | Coût sur 3 ans / Licence logiciel de prise de RDV | 1 ': counted 4000.0, a reader counts 5800",
    (
        "unseen56-budget-fields.yaml",
        33,
    ): "'(k€)	Coût	CNSA	Département / 2024	12,5	5	5 / 2025	13	5	5 / 2026	13,5	5	5': counted 69000.0, a reader counts 39000",
    (
        "unseen56-budget-fields.yaml",
        34,
    ): "'LIBELLÉ                                   MONTANT / Formation premiers secours (12 agents)': counted 1440.0, a reader counts 3540",
    (
        "unseen56-budget-fields.yaml",
        37,
    ): "'Investissement | 2025 / Aménagement du local (travaux) | 25 000 € / Fonctionnement | par a': counted 35800.0, a reader counts 46600",
    (
        "unseen56-budget-fields.yaml",
        39,
    ): "'Année | Montant (€ TTC) / 2023 | 9 800 / 2024 | 10 200 / 2025 | 10 600 / Total 2023-2025 |': counted None, a reader counts 30600",
    (
        "unseen56-budget-fields.yaml",
        41,
    ): "'Public | Nombre de places | Coût par place et par an / Seniors isolés (portage de repas) |': counted None, a reader counts 66000",
    (
        "unseen56-budget-fields.yaml",
        45,
    ): "'Poste de dépense                     2025          2026 / Aide au permis de conduire      ': counted 24600.0, a reader counts 30000",
    (
        "unseen56-budget-fields.yaml",
        46,
    ): "'Porteur de la dépense | 2025 | 2026 | Total / CCAS (épicerie sociale) | 20 000 | 20 000 | ': counted None, a reader counts 52000",
    (
        "unseen56-budget-fields.yaml",
        47,
    ): "'Opération (en M€ TTC) | Montant / Travaux de réhabilitation de la résidence autonomie | 2,': counted None, a reader counts 2850000",
    (
        "unseen56-budget-fields.yaml",
        49,
    ): "'Dépenses | HT | TTC / Achat de 3 vélos à assistance électrique | 5 000 € | 6 000 € / Équip': counted None, a reader counts 6600",
    (
        "unseen56-budget-fields.yaml",
        50,
    ): "'Exercice        2024       2025       2026 / Dépense        7 000      7 000      7 000 / ': counted 42000.0, a reader counts 21000",
    (
        "unseen56-budget-fields.yaml",
        53,
    ): "'Nombre de ménages accompagnés | Coût moyen par ménage | Budget / 45 | 400 € | 18 000 €': counted None, a reader counts 18000",
    (
        "unseen56-budget-fields.yaml",
        54,
    ): "'Période | Montant / Sept.–déc. 2024 | 8 000 € / Année 2025 | 24 000 € / Année 2026 | 24 00': counted None, a reader counts 56000",
    (
        "unseen56-budget-fields.yaml",
        56,
    ): "'Poste                      Coût mensuel    Durée        Total / Location d'un bungalow    ': counted 12350.0, a reader counts 11400",
    (
        "unseen56-budget-fields.yaml",
        57,
    ): "'Étude ABS (en euros HT) | Montant / Phase 1 : diagnostic statistique | 12 000 / Phase 2 : ': counted None, a reader counts 30000",
    (
        "unseen56-budget-fields.yaml",
        60,
    ): "'DÉPENSES                           RECETTES / Vacations médecin     4 800 €      ARS      ': counted 12000.0, a reader counts 6000",
    (
        "unseen57-budget-fields.yaml",
        4,
    ): "'Une enveloppe de 10 000 € avait été prévue lors du vote du budget primitif 2024 ; elle a é': counted 10000.0, a reader counts 14500",
    (
        "unseen57-budget-fields.yaml",
        6,
    ): "'En 2023, 3 200 € avaient été mobilisés pour les aides d'urgence à l'énergie. / Pour 2024, ': counted 7200.0, a reader counts 4000",
    (
        "unseen57-budget-fields.yaml",
        10,
    ): "'En 2024, l'action mobilisera 5 000 € pour la phase de diagnostic. / À partir de 2025, le c': counted 5000.0, a reader counts 29000",
    (
        "unseen57-budget-fields.yaml",
        14,
    ): "'Le coût de l'action, qui comprend la rémunération d'un travailleur social à mi-temps / (22': counted 23800.0, a reader counts 47600",
    (
        "unseen57-budget-fields.yaml",
        22,
    ): "'Cette action s'appuie sur le poste de conseillère numérique déjà financé dans le cadre de ': counted 49000.0, a reader counts 4000",
    (
        "unseen57-budget-fields.yaml",
        26,
    ): "'Pas de coût spécifique : l'action mobilise le budget de l'accueil de jour (fiche n°7, 96 0': counted 96000.0, a reader counts None",
    (
        "unseen57-budget-fields.yaml",
        27,
    ): "'Pour information, en 2023, le CCAS avait consacré 2 000 € à ce type d'actions. / Le budget': counted 2000.0, a reader counts None",
    (
        "unseen57-budget-fields.yaml",
        28,
    ): "'Le coût de la rénovation de la résidence autonomie est estimé à près de 1,2 M€ HT. / Il se': counted 1900000.0, a reader counts 1200000",
    (
        "unseen57-budget-fields.yaml",
        29,
    ): "'Le coût annuel de la médiation sociale est de 32 000 €. / L'action est reconduite pour tou': counted 32000.0, a reader counts 160000",
    (
        "unseen57-budget-fields.yaml",
        34,
    ): "'L'achat du véhicule (27 000 €) est prévu en 2025. Les frais de fonctionnement (carburant, ': counted 9000.0, a reader counts 36000",
    (
        "unseen57-budget-fields.yaml",
        36,
    ): "'L'enveloppe des aides facultatives, qui était de 120 000 € en 2024, passe à 130 000 € par ': counted 380000.0, a reader counts 260000",
    (
        "unseen57-budget-fields.yaml",
        41,
    ): "'Sur la période du plan (2024-2027), la subvention à l'association partenaire est de 8 000 ': counted None, a reader counts 38000",
    (
        "unseen57-budget-fields.yaml",
        42,
    ): "'Cette action représente 12 000 € sur les 85 000 € consacrés à l'axe 2.': counted 97000.0, a reader counts 12000",
    (
        "unseen57-budget-fields.yaml",
        44,
    ): "'Le loyer du local est de 650 € par mois, pris en charge par le CCAS pendant les douze mois': counted None, a reader counts 7800",
    (
        "unseen57-budget-fields.yaml",
        45,
    ): "'Soit 5 000 € par an, 15 000 € sur la durée du plan.': counted None, a reader counts 15000",
    (
        "unseen57-budget-fields.yaml",
        47,
    ): "'Moyens humains : 0,5 ETP de travailleur social (environ 21 000 € par an, 2025-2026). / Moy': counted 3000.0, a reader counts 45000",
    (
        "unseen57-budget-fields.yaml",
        48,
    ): "'Le CIAS mobilise chaque année plus de 50 000 € pour le transport solidaire, dont 20 000 € ': counted 50000.0, a reader counts 100000",
    (
        "unseen57-budget-fields.yaml",
        50,
    ): "'L'action coûte 24 000 € par an sur 2025-2027. / L'État (Pacte des solidarités) en finance ': counted 84000.0, a reader counts 72000",
    (
        "unseen57-budget-fields.yaml",
        54,
    ): "'À titre indicatif, l'édition 2023 du forum de l'emploi avait coûté 2 800 €. / Les éditions': counted 2800.0, a reader counts 6000",
    (
        "unseen57-budget-fields.yaml",
        60,
    ): "'Le CCAS maintient son soutien à l'association d'aide alimentaire à hauteur de 20 000 € ann': counted 18000.0, a reader counts 60000",
    ("unseen25-budget-fields.yaml", 39): (
        "'une dépense réalisée de 17 800 €' (last year's account) beside 'un crédit de 19 000 €': since "
        "'dépense' tells money in a sentence (batch 123's prose plans), the executed amount is counted too"
    ),
    ("unseen33-budget-fields.yaml", 32): (
        "'dépense éligible : 30 000 € HT' then the funders' shares 24 000 / 3 000 / 3 000: the shares are "
        "added to the cost once 'dépense' tells money in a sentence"
    ),
    ("unseen44-budget-fields.yaml", 20): (
        "'Temps agent estimé à 9 000 €' (staff time valued, no new money): 'estimé' now tells money in a "
        "sentence, a valuation of existing staff is not told apart"
    ),
    (
        "unseen58-budget-fields.yaml",
        11,
    ): "'Année | Coût | dont CAF / 2025 | 14 000 € | 7 000 € / 2026 | 14 000 € | 7 000 € / 2027 | 1': counted 66000.0, a reader counts 44000",
    (
        "unseen58-budget-fields.yaml",
        20,
    ): "'- Rénovation de la salle d'accueil : 25 000 € /     o DETR : 10 000 € /     o CCAS : 15 00': counted None, a reader counts 30000",
    (
        "unseen58-budget-fields.yaml",
        21,
    ): "'Chèques énergie municipaux : / • 150 € par foyer / • 80 foyers par an / • années 2025 et 2': counted None, a reader counts 24000",
    (
        "unseen58-budget-fields.yaml",
        26,
    ): "'Budget : / - Loyer du local : 4 800 € / - Fluides : 1 200 € / - Subvention Région (sur ces': counted 9000.0, a reader counts 6000",
    (
        "unseen58-budget-fields.yaml",
        29,
    ): "'1) Aides facultatives d'urgence : 45 000 €/an / 2) Microcrédit (fonds de garantie) : 5 000': counted 15000.0, a reader counts 150000",
    (
        "unseen58-budget-fields.yaml",
        36,
    ): "'Achats : 3 fauteuils roulants 2 100 € / 1 lève-personne 1 900 € / petits matériels 500 €': counted 2600.0, a reader counts 4500",
    (
        "unseen58-budget-fields.yaml",
        43,
    ): "'Dépenses annuelles : / - coordination : 9 000 € / - actions : 6 000 € / - Total annuel : 1': counted 75000.0, a reader counts 60000",
    (
        "unseen58-budget-fields.yaml",
        51,
    ): "'- 2025 : 10 000 € /     • animation : 6 000 € /     • matériel : 4 000 € / - 2026 : 8 000 ': counted 36000.0, a reader counts 18000",
    (
        "unseen58-budget-fields.yaml",
        56,
    ): "'- Séjours vacances seniors : 14 000 € / - Participation des familles : 4 000 € / - Aide AN': counted None, a reader counts 14000",
    (
        "unseen58-budget-fields.yaml",
        60,
    ): "'• Coordination CLS (2024-2026) : 15 000 € par an / • Actions de prévention : 5 000 € par a': counted 30000.0, a reader counts 60000",
    ("unseen59-budget-fields.yaml", 15): (
        "a funder's share given with its percentage of the cost (12 000 € = 40 %): the whole cost (30 000 €) is not derived from it"
    ),
    ("unseen59-budget-fields.yaml", 23): (
        "an HT amount with the VAT rate beside it: a reader converts to TTC (× 1.2), ccas keeps the printed HT"
    ),
    ("unseen59-budget-fields.yaml", 25): (
        "a total 'dont 8 000 € de valorisation' (premises lent): the in-kind part is not taken off the cash cost"
    ),
    ("unseen59-budget-fields.yaml", 27): (
        "'150 € par foyer, pour 60 foyers par an' then 'soit 9 000 € par an et 27 000 € sur 2025-2027': the period sum after a per-year 'soit' is not kept"
    ),
    ("unseen59-budget-fields.yaml", 28): (
        "a unit cost and a count on two labelled lines ('Coût par bénéficiaire' / 'Nombre de bénéficiaires visé'): not multiplied"
    ),
    ("unseen59-budget-fields.yaml", 30): (
        "a 'Prévu | Réalisé' table by year with no money word in its header: the planned column is not read"
    ),
    ("unseen59-budget-fields.yaml", 39): (
        "only a 'reste à charge' and the subsidies deducted from it: the cost is not rebuilt as their sum"
    ),
    ("unseen59-budget-fields.yaml", 43): (
        "a table of cash and valued staff time with a 'Total valorisé': the valuation rows are counted"
    ),
    ("unseen59-budget-fields.yaml", 45): (
        "'10 000 €, puis + 5 % par an en 2026 et 2027': a yearly increase in percent is not compounded"
    ),
    ("unseen59-budget-fields.yaml", 46): (
        "'4 000 € en 2025, porté à 6 000 € à partir de 2026 (jusqu'en 2027)': read as a revision of the whole amount, not a new yearly rate"
    ),
    ("unseen59-budget-fields.yaml", 47): (
        "a yearly amount told in a sentence on the CCAS's operating budget ('financée sur le budget de fonctionnement du CCAS à hauteur de …'): read as the organisation's budget, not counted"
    ),
    ("unseen59-budget-fields.yaml", 50): (
        "an amount requested from a funder 'soit 80 % du coût de l'action': the cost (5 000 €) is not derived from the share"
    ),
    ("unseen59-budget-fields.yaml", 52): (
        "'Budget 2025 : reconduction à l'identique' under last year's executed amount: the renewal is not read as that amount"
    ),
    ("unseen59-budget-fields.yaml", 55): (
        "a table by year with HT and TTC columns: neither column is read as the year's money"
    ),
}

FILES = money.files(holdout=False)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_money_field_counts_as_a_careful_reader_counts(path):
    outcomes = money.score(path)
    assert outcomes, f"{path.name} holds no case"
    missed = [
        f"#{o.case.number}: {o.counted} ≠ {o.case.total} | {' / '.join(o.case.lines)}"
        for o in outcomes
        if not o.exact and (path.name, o.case.number) not in KNOWN_GAPS
    ]
    fixed = [
        f"#{o.case.number} now passes: remove it from KNOWN_GAPS"
        for o in outcomes
        if o.exact and (path.name, o.case.number) in KNOWN_GAPS
    ]
    assert missed + fixed == []


def test_the_money_scorer_can_fail(tmp_path):
    """A case whose total is wrong is reported, not passed."""
    path = tmp_path / "wrong.yaml"
    path.write_text('cases:\n  - lines: ["Coût : 12 000 €"]\n    total: 13000\n', encoding="utf-8")
    (outcome,) = money.score(path)
    assert outcome.counted == 12000 and not outcome.exact
