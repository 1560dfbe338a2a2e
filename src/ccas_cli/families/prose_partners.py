"""Partners a record names in its sentences when it has no partners field ("menée avec la CAF
de la Charente-Maritime et le Secours populaire", "en lien avec le Centre hospitalier de
Mauriac"): the names after one of the family's words, as printed, articles dropped."""

from __future__ import annotations

import re
from collections.abc import Iterable


def partner_words(words: Iterable[str]) -> re.Pattern[str]:
    """The family's words a list of partners follows (longest first, any apostrophe; "…" stands
    for the words of the same clause: "partenaires … :" reads "Trois partenaires ont porté le
    projet aux côtés du CCAS : EDF, …")."""
    return re.compile(
        rf"(?i:\b(?:{'|'.join(_alternative(w) for w in sorted(words, key=len, reverse=True))}))"
    )


def _alternative(word: str) -> str:
    # ("avec le soutien de" reads "avec le soutien du Département", "… des communes", "… d'Alliance")
    pattern = re.escape(word).replace("'", "['’]").replace("…", r"[^.;:]{0,80}?")
    if word.endswith(" de"):
        return pattern[: -len("de")] + r"(?:d['’]\s*|(?:de|du|des)\s+)"
    return pattern + r"\s+"


# the clause goes on, past the names, where a relative or a purpose opens
_CLAUSE_END = re.compile(
    r",\s+(?=(?:qui|que|dont|ce|cette|il|elle|ils|elles|et les|pour|afin)\b)"
    # "Les partenaires du projet – CAF …, MSA … et France Travail – y détachent": a dash closes
    r"|\s+[–—]\s+"
    # "… Aménagement pour une partie de ses résidences": what the partner does, not its name
    # (not "Fonds de solidarité pour le logement du Cantal": a name going on to its territory)
    r"|\s+(?=(?:pour|afin|dans|depuis|lors)\s+(?:une?|la|le|les|ses|son|sa|leurs?|de|d['’])\s)"
    r"(?!pour\s+(?:la|le|les|l['’])\s*[a-zà-ÿ]+\s+(?:du|de\s+la|de\s+l['’]|des|d['’])\s*[A-ZÀ-Ý])"
    # "avec La Poste et la Carsat pour partenaires": the names end where their role is said
    r"|\s+(?=(?:pour|comme)\s+(?:partenaires?|financeurs?|appui)\b)"
    # "avec le soutien du Département du Nord à hauteur de 15 000 €": its share, after its name
    r"|,?\s+(?=(?:à\s+hauteur|pour\s+un\s+montant|à\s+raison)\s+d)"
    # "financée par la Fondation X et accompagnée par l'ANDES": "et" opens another verb's clause
    r"|,?\s+et\s+(?=[a-zà-ÿ]+(?:ée|é|ées|és)\s+(?:pour partie\s+)?(?:par|avec)\b)"
    # "… et France Travail (coût : 45 k€ …)": a bracket telling money closes the names
    r"|\s*\((?=[^()]*(?:€|\bcoût|\bcout|\bbudget))"
)
# names part at commas, at "et" before an article or a capital ("la CAF et le CCAS", but "Plateforme
# d'accompagnement et de répit" is one name), and at "ainsi qu'(avec)"
_BETWEEN = re.compile(
    r",?\s+ainsi\s+qu['’](?:avec\s+)?|,\s+(?:et\s+)?"
    r"|\s+et\s+(?=(?:l['’]|la |le |les |de la |de l['’]|du |des |d['’]|à la |à l['’]|au |aux |sur |[A-ZÀ-Ý]))"
)
# ("nous nous associons à la CAF du Cher et à l'ANCV", "s'appuiera sur la MSA et sur Emmaüs
# Connect": the preposition repeated before each name)
_ARTICLE = re.compile(
    r"^(?:sur (?:l['’]|la |le |les )?|à la |à l['’]|au |aux |l['’]|la |le |les |des |du |de la |de l['’]|d['’])"
)


def partners_before(words: Iterable[str]) -> re.Pattern[str] | None:
    """The family's words a list of partners comes before ("la CAF et la PMI y sont
    associées"): the clause's names, up to these words."""
    listed = sorted(words, key=len, reverse=True)
    if not listed:
        return None
    alternatives = "|".join(re.escape(w).replace("'", "['’]") for w in listed)
    return re.compile(rf"(?i:\s+(?:{alternatives})\b)")


def _named_before(text: str, after: re.Pattern[str]) -> list[str]:
    """ "…; la CAF de la Haute-Loire et la PMI du Département y sont associées": the names of
    the clause that ends on the family's words."""
    names: list[str] = []
    for match in after.finditer(text):
        clause = re.split(r"[.;:]\s|^", text[: match.start()])[-1]
        parts = [(p.strip(), _ARTICLE.sub("", p.strip()).rstrip(" ,–—-")) for p in _BETWEEN.split(clause)]
        named = sum(1 for _, name in parts if _named(name))
        for part, name in parts:
            # ("la CAF de l'Aveyron, la PMI du Département et le relais petite enfance en seront
            # partenaires": a body named by what it is, in a list most of whose members are named)
            listed = bool(_ARTICLE.match(part)) and len(parts) >= 2 and named * 2 >= len(parts)
            if (_named(name) or listed) and _words(name) <= 10 and not _clause(name) and name not in names:
                names.append(name)
    return names


def told_partners(
    texts: Iterable[str], words: re.Pattern[str], after: re.Pattern[str] | None = None
) -> list[str]:
    """Names that open on a capital, in order, each once."""
    names: list[str] = []
    for text in texts:
        text = " ".join(text.split())
        if after is not None:
            names += [n for n in _named_before(text, after) if n not in names]
        for match in words.finditer(text):
            following = re.split(r"[.;:]\s|[.;:]$", text[match.end() :], maxsplit=1)[0]
            # ("l'ARS Bretagne, qui en a financé la première année, le Secours populaire …": an
            # aside about one partner between commas, the list going on after it)
            following = re.sub(
                r",\s+(?:qui|dont)\s[^,;.]{3,80},\s+(?=(?:l['’]|la |le |les |des |du )?[A-ZÀ-Ý])",
                ", ",
                following,
            )
            clause = _CLAUSE_END.split(following)[0]
            parts = [p.strip() for p in _BETWEEN.split(clause)]
            found = []
            for part in parts:
                name = _ARTICLE.sub("", part).rstrip(" ,")
                # a name opens on a capital, or on what it is ("le lycée agricole Fazanis de
                # Tonneins", "l'association Solaal …") before its own capitalised words
                found.append((name, _named(name), bool(_ARTICLE.match(part))))
            for n, (name, named, articled) in enumerate(found):
                # "la Croix-Rouge, le centre hospitalier de Lectoure et les infirmiers libéraux de
                # la commune": a list of named partners goes on with partners named by what they
                # are, each with its article
                # ("avec la police municipale, les pharmacies de la ville, Aube Immobilier et Mon
                # Logis": half the list named, its members named by what they are come first)
                listed = (
                    articled
                    and _words(name) <= 12
                    and (
                        (n > 0 and any(f[1] for f in found[:n]))
                        or (len(found) >= 3 and sum(f[1] for f in found) * 2 >= len(found))
                        # ("avec l'appui de la cuisine centrale municipale et de l'EHPAD Les
                        # Tilleuls": a body named by what it is, beside a named one)
                        or (len(found) == 2 and found[1][1] and found[1][2] and _words(name) >= 2)
                    )
                )
                if (named or listed) and len(name.split()) <= 12 and name not in names and not _clause(name):
                    names.append(name)
    return names


def _named(name: str) -> bool:
    """A name opens on a capital, or on what it is ("le lycée agricole Fazanis de Tonneins",
    "l'association Solaal …") before its own capitalised words."""
    return name[:1].isupper() or (
        re.match(r"[^\W\d_]+ ", name) is not None
        and re.search(r"\s[A-ZÀ-Ý][\w'’-]+", name) is not None
        and _words(name) <= 8
    )


def _words(name: str) -> int:
    """Words of a name, its quotation marks not counted ("club « Les Amis de la Seine »": 6)."""
    return len(re.findall(r"[\w'’-]+", name))


def _clause(name: str) -> bool:
    """ "l'action sera engagée en 2027", "le dispositif disposera de 9 000 €": the sentence goes
    on after the names with a clause of its own (a year, a figure, "sera"), no partner."""
    return re.search(r"\b(?:sera|seront|est|sont)\b|\b(?:19|20)\d\d\b|\d\s*(?:€|euros?\b)", name) is not None
