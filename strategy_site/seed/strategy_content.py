"""Seed content of the international, European and interregional strategy site.

`manage.py load_strategy` loads this module into the page tree, the snippets and the site
settings. The Dutch text follows the strategy as published by perspective.brussels; the
French and English texts are translations of it that add no facts beyond the official names
of the bodies mentioned.

Conventions:
- every translatable value is a `T`: `{"nl": ..., "fr": ..., "en": ...}`;
- rich-text values are HTML using only <p>, <strong>, <em>, <ul>, <ol>, <li> and <a href>;
- Dutch uses ’ and ‘ ’, English ’ and “ ”, French ’ and « » with a non-breaking space
  (U+00A0) inside the guillemets and before : ; and ?.
"""

T = dict[str, str]


SITE_SETTINGS = {
    "organisation_name": {
        "nl": "perspective.brussels",
        "fr": "perspective.brussels",
        "en": "perspective.brussels",
    },
    # The source gives no address.
    "address": {"nl": "", "fr": "", "en": ""},
}


HOME = {
    "title": {
        "nl": "Internationale, Europese en intergewestelijke strategie",
        "fr": "Stratégie internationale, européenne et interrégionale",
        "en": "International, European and interregional strategy",
    },
    "slug": {"nl": "home", "fr": "home", "en": "home"},
    "search_description": {
        "nl": (
            "perspective.brussels wil de stedelijke ontwikkeling van het Brussels Hoofdstedelijk "
            "Gewest beter integreren in de metropool, België, Europa en de wereld."
        ),
        "fr": (
            "perspective.brussels vise à mieux intégrer le développement urbain de la Région "
            "de Bruxelles-Capitale aux niveaux métropolitain, belge, européen et mondial."
        ),
        "en": (
            "perspective.brussels aims to better integrate the urban development of the "
            "Brussels-Capital Region at metropolitan, Belgian, European and global level."
        ),
    },
    "intro": {
        "nl": (
            "<p>perspective.brussels implementeert een strategie om de stedelijke ontwikkeling "
            "van het Brussels Hoofdstedelijk Gewest beter te integreren in de verschillende "
            "territoriale niveaus: metropool, België, Europa en de wereld.</p>"
        ),
        "fr": (
            "<p>perspective.brussels met en œuvre une stratégie visant à mieux intégrer le "
            "développement urbain de la Région de Bruxelles-Capitale aux différents niveaux "
            "territoriaux\u00a0: la métropole, la Belgique, l’Europe et le monde.</p>"
        ),
        "en": (
            "<p>perspective.brussels is implementing a strategy to better integrate the urban "
            "development of the Brussels-Capital Region into the various territorial levels: "
            "the metropolitan area, Belgium, Europe and the world.</p>"
        ),
    },
    "body": {
        "nl": (
            "<p>De internationale, Europese en intergewestelijke strategie van "
            "perspective.brussels verwijst naar de open blik van Brussel op de wereld en zijn "
            "multiculturele karakter. Ze kadert volledig in het beleid van het Brussels "
            "Hoofdstedelijk Gewest op het gebied van externe en intergewestelijke relaties, in "
            "samenwerking met Brussels International en andere gewestelijke actoren zoals "
            "urban.brussels, Leefmilieu Brussel, visit.brussels en hub.brussels.</p>"
        ),
        "fr": (
            "<p>La stratégie internationale, européenne et interrégionale de "
            "perspective.brussels traduit l’ouverture de Bruxelles sur le monde et son caractère "
            "multiculturel. Elle s’inscrit pleinement dans la politique de la Région de "
            "Bruxelles-Capitale en matière de relations extérieures et interrégionales, en "
            "collaboration avec Brussels International et d’autres acteurs régionaux comme "
            "urban.brussels, Bruxelles Environnement, visit.brussels et hub.brussels.</p>"
        ),
        "en": (
            "<p>The international, European and interregional strategy of perspective.brussels "
            "reflects Brussels’ openness to the world and its multicultural character. It fits "
            "fully within the policy of the Brussels-Capital Region on external and "
            "interregional relations, in cooperation with Brussels International and other "
            "regional actors such as urban.brussels, Brussels Environment, visit.brussels and "
            "hub.brussels.</p>"
        ),
    },
    "objectives_heading": {
        "nl": "Doelstellingen van de internationale strategie van perspective.brussels",
        "fr": "Objectifs de la stratégie internationale de perspective.brussels",
        "en": "Objectives of the international strategy of perspective.brussels",
    },
    "objectives_intro": {
        "nl": (
            "Binnen zijn bevoegdheidsdomeinen streeft perspective.brussels met zijn "
            "internationale strategie vier doelstellingen na:"
        ),
        "fr": (
            "Dans ses domaines de compétence, perspective.brussels poursuit quatre objectifs "
            "au travers de sa stratégie internationale\u00a0:"
        ),
        "en": (
            "Within its areas of competence, perspective.brussels pursues four objectives "
            "through its international strategy:"
        ),
    },
}


CELL = {
    "title": {
        "nl": "‘Europese, internationale en intergewestelijke’ Cel",
        "fr": "Cellule «\u00a0européenne, internationale et interrégionale\u00a0»",
        "en": "“European, International and Interregional” Unit",
    },
    "slug": {"nl": "cel", "fr": "cellule", "en": "unit"},
    "search_description": {
        "nl": (
            "De transversale cel van perspective.brussels die projecten met steden en regio’s "
            "lanceert en de vertegenwoordiging in netwerken coördineert."
        ),
        "fr": (
            "La cellule transversale de perspective.brussels qui lance des projets avec des "
            "villes et des régions et coordonne sa représentation dans des réseaux."
        ),
        "en": (
            "The cross-cutting unit of perspective.brussels that launches projects with cities "
            "and regions and coordinates its representation in networks."
        ),
    },
    "intro": {
        "nl": (
            "De transversale ‘Europese, internationale en intergewestelijke’ Cel voert de "
            "internationale, Europese en intergewestelijke strategie van perspective.brussels "
            "uit."
        ),
        "fr": (
            "La Cellule transversale «\u00a0européenne, internationale et interrégionale\u00a0» "
            "met en œuvre la stratégie internationale, européenne et interrégionale de "
            "perspective.brussels."
        ),
        "en": (
            "The cross-cutting “European, International and Interregional” Unit implements the "
            "international, European and interregional strategy of perspective.brussels."
        ),
    },
    "body": {
        "nl": (
            "<p>Om deze strategie uit te voeren, heeft perspective.brussels een transversale "
            "‘Europese, internationale en intergewestelijke’ Cel opgericht. In samenwerking met "
            "alle departementen van perspective.brussels lanceert deze cel projecten met "
            "verschillende steden en regio’s. Ze coördineert de vertegenwoordiging van "
            "perspective.brussels in verschillende netwerken en werkt samen met andere "
            "gewestelijke, Belgische, Europese en internationale instanties.</p>"
        ),
        "fr": (
            "<p>Pour mettre en œuvre cette stratégie, perspective.brussels a créé une Cellule "
            "transversale «\u00a0européenne, internationale et interrégionale\u00a0». En "
            "collaboration avec l’ensemble des départements de perspective.brussels, cette "
            "cellule lance des projets avec différentes villes et régions. Elle coordonne la "
            "représentation de perspective.brussels au sein de différents réseaux et collabore "
            "avec d’autres instances régionales, belges, européennes et internationales.</p>"
        ),
        "en": (
            "<p>To implement this strategy, perspective.brussels has set up a cross-cutting "
            "“European, International and Interregional” Unit. Working with all the departments "
            "of perspective.brussels, the Unit launches projects with various cities and "
            "regions. It coordinates the representation of perspective.brussels in a number of "
            "networks and cooperates with other regional, Belgian, European and international "
            "bodies.</p>"
        ),
    },
}


OBJECTIVE_INDEX = {
    "title": {"nl": "Doelstellingen", "fr": "Objectifs", "en": "Objectives"},
    "slug": {"nl": "doelstellingen", "fr": "objectifs", "en": "objectives"},
    "search_description": {
        "nl": (
            "De vier doelstellingen die perspective.brussels binnen zijn bevoegdheidsdomeinen "
            "nastreeft met zijn internationale, Europese en intergewestelijke strategie."
        ),
        "fr": (
            "Les quatre objectifs que perspective.brussels poursuit dans ses domaines de "
            "compétence à travers sa stratégie internationale, européenne et interrégionale."
        ),
        "en": (
            "The four objectives that perspective.brussels pursues within its areas of "
            "competence through its international, European and interregional strategy."
        ),
    },
    "intro": {
        "nl": (
            "Binnen zijn bevoegdheidsdomeinen streeft perspective.brussels met zijn "
            "internationale strategie vier doelstellingen na."
        ),
        "fr": (
            "Dans ses domaines de compétence, perspective.brussels poursuit quatre objectifs "
            "au travers de sa stratégie internationale."
        ),
        "en": (
            "Within its areas of competence, perspective.brussels pursues four objectives "
            "through its international strategy."
        ),
    },
}


OBJECTIVES = [
    {
        "number": 1,
        # The source names these three in the objective's own sentence.
        "partners": ["flanders", "wallonia", "interregional-spatial-planning-forum"],
        "title": {
            "nl": "Samenwerking met Vlaanderen en Wallonië",
            "fr": "Coopération avec la Flandre et la Wallonie",
            "en": "Cooperation with Flanders and Wallonia",
        },
        "slug": {
            "nl": "samenwerking-met-vlaanderen-en-wallonie",
            "fr": "cooperation-avec-la-flandre-et-la-wallonie",
            "en": "cooperation-with-flanders-and-wallonia",
        },
        "summary": {
            "nl": (
                "Het ontwikkelen van de samenwerking met Vlaanderen en Wallonië, en met het "
                "Intergewestelijk Informatieforum Ruimtelijke Ordening (Samenwerkingsakkoord "
                "tussen de 3 gewesten van het land)."
            ),
            "fr": (
                "Développer la coopération avec la Flandre et la Wallonie, ainsi qu’avec le "
                "Forum interrégional d’information sur l’aménagement du territoire (accord de "
                "coopération entre les trois Régions du pays)."
            ),
            "en": (
                "Developing cooperation with Flanders and Wallonia, and with the Interregional "
                "Forum on Spatial Planning Information (a cooperation agreement between the "
                "country’s three regions)."
            ),
        },
        "body": {
            "nl": (
                "<p>perspective.brussels wil de samenwerking ontwikkelen met Vlaanderen en "
                "Wallonië, en met het Intergewestelijk Informatieforum Ruimtelijke Ordening.</p>"
                "<p>Dat forum berust op een samenwerkingsakkoord tussen de drie gewesten van het "
                "land.</p>"
            ),
            "fr": (
                "<p>perspective.brussels entend développer la coopération avec la Flandre et la "
                "Wallonie, ainsi qu’avec le Forum interrégional d’information sur l’aménagement "
                "du territoire.</p>"
                "<p>Ce forum repose sur un accord de coopération entre les trois Régions du "
                "pays.</p>"
            ),
            "en": (
                "<p>perspective.brussels aims to develop cooperation with Flanders and Wallonia, "
                "and with the Interregional Forum on Spatial Planning Information.</p>"
                "<p>This forum is based on a cooperation agreement between the country’s three "
                "regions.</p>"
            ),
        },
        "search_description": {
            "nl": (
                "Doelstelling 1: de samenwerking ontwikkelen met Vlaanderen, Wallonië en het "
                "Intergewestelijk Informatieforum Ruimtelijke Ordening."
            ),
            "fr": (
                "Objectif 1\u00a0: développer la coopération avec la Flandre, la Wallonie et le "
                "Forum interrégional d’information sur l’aménagement du territoire."
            ),
            "en": (
                "Objective 1: developing cooperation with Flanders, Wallonia and the "
                "Interregional Forum on Spatial Planning Information."
            ),
        },
    },
    {
        "number": 2,
        "title": {
            "nl": "Officiële vertegenwoordiging van het Brussels Gewest",
            "fr": "Représentation officielle de la Région bruxelloise",
            "en": "Official representation of the Brussels Region",
        },
        "slug": {
            "nl": "officiele-vertegenwoordiging-van-het-brussels-gewest",
            "fr": "representation-officielle-de-la-region-bruxelloise",
            "en": "official-representation-of-the-brussels-region",
        },
        "summary": {
            "nl": (
                "Het verzekeren van de officiële vertegenwoordiging en de verdediging van het "
                "Brussels Gewest in de Belgische, Europese en internationale instanties."
            ),
            "fr": (
                "Assurer la représentation officielle et la défense de la Région bruxelloise au "
                "sein des instances belges, européennes et internationales."
            ),
            "en": (
                "Ensuring the official representation and defence of the Brussels Region in "
                "Belgian, European and international bodies."
            ),
        },
        "body": {
            "nl": (
                "<p>perspective.brussels wil de officiële vertegenwoordiging en de verdediging "
                "van het Brussels Gewest verzekeren in de Belgische, Europese en internationale "
                "instanties.</p>"
            ),
            "fr": (
                "<p>perspective.brussels entend assurer la représentation officielle et la "
                "défense de la Région bruxelloise au sein des instances belges, européennes et "
                "internationales.</p>"
            ),
            "en": (
                "<p>perspective.brussels aims to ensure that the Brussels Region is officially "
                "represented and defended in Belgian, European and international bodies.</p>"
            ),
        },
        "search_description": {
            "nl": (
                "Doelstelling 2: de officiële vertegenwoordiging en de verdediging van het "
                "Brussels Gewest in Belgische, Europese en internationale instanties."
            ),
            "fr": (
                "Objectif 2\u00a0: assurer la représentation officielle et la défense de la "
                "Région bruxelloise dans les instances belges, européennes et internationales."
            ),
            "en": (
                "Objective 2: ensuring the official representation and defence of the Brussels "
                "Region in Belgian, European and international bodies."
            ),
        },
    },
    {
        "number": 3,
        "title": {
            "nl": "Actieve aanwezigheid van Brussel in netwerken",
            "fr": "Présence active de Bruxelles dans les réseaux",
            "en": "Active presence of Brussels in networks",
        },
        "slug": {
            "nl": "actieve-aanwezigheid-in-netwerken",
            "fr": "presence-active-dans-les-reseaux",
            "en": "active-presence-in-networks",
        },
        "summary": {
            "nl": (
                "Het verzekeren van de actieve aanwezigheid, de verdediging van de belangen en "
                "de promotie van Brussel in de Belgische, Europese en internationale netwerken."
            ),
            "fr": (
                "Assurer la présence active de Bruxelles, la défense de ses intérêts et sa "
                "promotion au sein des réseaux belges, européens et internationaux."
            ),
            "en": (
                "Ensuring the active presence of Brussels, the defence of its interests and its "
                "promotion in Belgian, European and international networks."
            ),
        },
        "body": {
            "nl": (
                "<p>perspective.brussels wil in de Belgische, Europese en internationale "
                "netwerken de actieve aanwezigheid van Brussel verzekeren, zijn belangen "
                "verdedigen en Brussel promoten.</p>"
            ),
            "fr": (
                "<p>perspective.brussels entend assurer la présence active de Bruxelles au sein "
                "des réseaux belges, européens et internationaux, y défendre ses intérêts et y "
                "assurer sa promotion.</p>"
            ),
            "en": (
                "<p>perspective.brussels aims to ensure that Brussels is actively present in "
                "Belgian, European and international networks, and to defend its interests and "
                "promote it there.</p>"
            ),
        },
        "search_description": {
            "nl": (
                "Doelstelling 3: de actieve aanwezigheid, de verdediging van de belangen en de "
                "promotie van Brussel in Belgische, Europese en internationale netwerken."
            ),
            "fr": (
                "Objectif 3\u00a0: la présence active de Bruxelles, la défense de ses intérêts "
                "et sa promotion dans les réseaux belges, européens et internationaux."
            ),
            "en": (
                "Objective 3: the active presence of Brussels, the defence of its interests and "
                "its promotion in Belgian, European and international networks."
            ),
        },
    },
    {
        "number": 4,
        "title": {
            "nl": "Samenwerking met andere steden en gewesten",
            "fr": "Coopération avec d’autres villes et régions",
            "en": "Cooperation with other cities and regions",
        },
        "slug": {
            "nl": "samenwerking-met-andere-steden-en-gewesten",
            "fr": "cooperation-avec-d-autres-villes-et-regions",
            "en": "cooperation-with-other-cities-and-regions",
        },
        "summary": {
            "nl": (
                "Het opzetten van samenwerkingsverbanden en projecten met andere steden en "
                "gewesten."
            ),
            "fr": (
                "Mettre sur pied des collaborations et des projets avec d’autres villes et régions."
            ),
            "en": "Setting up partnerships and projects with other cities and regions.",
        },
        "body": {
            "nl": (
                "<p>perspective.brussels wil samenwerkingsverbanden en projecten opzetten met "
                "andere steden en gewesten.</p>"
            ),
            "fr": (
                "<p>perspective.brussels entend mettre sur pied des collaborations et des "
                "projets avec d’autres villes et régions.</p>"
            ),
            "en": (
                "<p>perspective.brussels aims to set up partnerships and projects with other "
                "cities and regions.</p>"
            ),
        },
        "search_description": {
            "nl": (
                "Doelstelling 4 van de internationale strategie van perspective.brussels: "
                "samenwerkingsverbanden en projecten opzetten met andere steden en gewesten."
            ),
            "fr": (
                "Objectif 4 de la stratégie internationale de perspective.brussels\u00a0: mettre "
                "sur pied des collaborations et des projets avec d’autres villes et régions."
            ),
            "en": (
                "Objective 4 of the international strategy of perspective.brussels: setting up "
                "partnerships and projects with other cities and regions."
            ),
        },
    },
]


RESULTS_PAGE = {
    "title": {"nl": "Resultaten", "fr": "Résultats", "en": "Results"},
    "slug": {"nl": "resultaten", "fr": "resultats", "en": "results"},
    "search_description": {
        "nl": (
            "De resultaten die de internationale strategie van perspective.brussels beoogt, voor "
            "perspective.brussels en voor het Brussels Hoofdstedelijk Gewest."
        ),
        "fr": (
            "Les résultats visés par la stratégie internationale de perspective.brussels, pour "
            "perspective.brussels et pour la Région de Bruxelles-Capitale."
        ),
        "en": (
            "The results that the international strategy of perspective.brussels aims for, for "
            "perspective.brussels and for the Brussels-Capital Region."
        ),
    },
    "intro": {
        "nl": (
            "De strategie beoogt resultaten op twee niveaus: dat van perspective.brussels en dat "
            "van het Brussels Hoofdstedelijk Gewest."
        ),
        "fr": (
            "La stratégie vise des résultats à deux niveaux\u00a0: celui de perspective.brussels "
            "et celui de la Région de Bruxelles-Capitale."
        ),
        "en": (
            "The strategy aims for results at two levels: that of perspective.brussels and that "
            "of the Brussels-Capital Region."
        ),
    },
    "agency_heading": {
        "nl": "Op het niveau van perspective.brussels",
        "fr": "Au niveau de perspective.brussels",
        "en": "At the level of perspective.brussels",
    },
    "region_heading": {
        "nl": "Op niveau van het Brussels Hoofdstedelijk Gewest",
        "fr": "Au niveau de la Région de Bruxelles-Capitale",
        "en": "At the level of the Brussels-Capital Region",
    },
    "region_intro": {
        "nl": "Bijdragen aan:",
        "fr": "Contribuer à\u00a0:",
        "en": "Contributing to:",
    },
}


# Which objectives lead to which result is not stated in the source: editors link them.
RESULTS = [
    {
        "level": "agency",
        "text": {
            "nl": (
                "Het proces van stedelijke ontwikkeling verbeteren en efficiënter maken door de "
                "integratie van innovatie en nieuwe praktijken afkomstig van andere steden of "
                "organisaties."
            ),
            "fr": (
                "Améliorer le processus de développement urbain et le rendre plus efficace en y "
                "intégrant l’innovation et de nouvelles pratiques issues d’autres villes ou "
                "organisations."
            ),
            "en": (
                "Improving the urban development process and making it more efficient by "
                "integrating innovation and new practices from other cities or organisations."
            ),
        },
    },
    {
        "level": "agency",
        "text": {
            "nl": (
                "De interne kennis van internationale stedelijke uitdagingen en internationale "
                "beleidslijnen verbeteren ten gunste van de stedelijke ontwikkeling, met name "
                "door deel te nemen aan Europese en internationale studies en projecten."
            ),
            "fr": (
                "Améliorer la connaissance interne des enjeux urbains internationaux et des "
                "politiques internationales au service du développement urbain, notamment en "
                "participant à des études et à des projets européens et internationaux."
            ),
            "en": (
                "Improving in-house knowledge of international urban challenges and "
                "international policies for the benefit of urban development, in particular by "
                "taking part in European and international studies and projects."
            ),
        },
    },
    {
        "level": "agency",
        "text": {
            "nl": (
                "De zichtbaarheid van de projecten en realisaties van perspective.brussels "
                "vergroten, en op die manier bijdragen aan het versterken van het imago van het "
                "Gewest."
            ),
            "fr": (
                "Accroître la visibilité des projets et des réalisations de perspective.brussels "
                "et contribuer ainsi à renforcer l’image de la Région."
            ),
            "en": (
                "Increasing the visibility of the projects and achievements of "
                "perspective.brussels, and thereby helping to strengthen the image of the Region."
            ),
        },
    },
    {
        "level": "agency",
        "text": {
            "nl": (
                "De internationale erkenning vergroten van de rol van de ruimtelijke planning "
                "en de statistiek in de ontwikkeling van steden."
            ),
            "fr": (
                "Accroître la reconnaissance internationale du rôle de la planification "
                "territoriale et de la statistique dans le développement des villes."
            ),
            "en": (
                "Increasing international recognition of the role of spatial planning and "
                "statistics in the development of cities."
            ),
        },
    },
    {
        "level": "region",
        "text": {
            "nl": (
                "Een beter internationaal imago, de internationale invloed en de internationale "
                "promotie van het BHG."
            ),
            "fr": (
                "Une meilleure image internationale de la Région de Bruxelles-Capitale, ainsi "
                "que son rayonnement et sa promotion à l’international."
            ),
            "en": (
                "A better international image for the Brussels-Capital Region, and its "
                "international influence and promotion."
            ),
        },
    },
    {
        "level": "region",
        "text": {
            "nl": (
                "Een grotere internationale erkenning van de rol van de grote steden en metropolen."
            ),
            "fr": (
                "Une plus grande reconnaissance internationale du rôle des grandes villes et des "
                "métropoles."
            ),
            "en": (
                "Greater international recognition of the role of large cities and metropolises."
            ),
        },
    },
    {
        "level": "region",
        "text": {
            "nl": (
                "Een betere verdediging van de belangen van het BHG op Europees en internationaal "
                "niveau."
            ),
            "fr": (
                "Une meilleure défense des intérêts de la Région de Bruxelles-Capitale aux "
                "niveaux européen et international."
            ),
            "en": (
                "Better defence of the interests of the Brussels-Capital Region at European and "
                "international level."
            ),
        },
    },
]


PARTNER_INDEX = {
    "title": {"nl": "Partners", "fr": "Partenaires", "en": "Partners"},
    "slug": {"nl": "partners", "fr": "partenaires", "en": "partners"},
    "search_description": {
        "nl": (
            "De gewestelijke en Belgische partners waarmee perspective.brussels samenwerkt voor "
            "zijn internationale, Europese en intergewestelijke strategie."
        ),
        "fr": (
            "Les partenaires régionaux et belges avec lesquels perspective.brussels collabore "
            "pour sa stratégie internationale, européenne et interrégionale."
        ),
        "en": (
            "The regional and Belgian partners with which perspective.brussels cooperates for "
            "its international, European and interregional strategy."
        ),
    },
    "intro": {
        "nl": (
            "Voor zijn strategie werkt perspective.brussels samen met gewestelijke actoren en "
            "met Belgische, Europese en internationale instanties. Hieronder vindt u de "
            "partnerorganisaties die in de strategie worden genoemd."
        ),
        "fr": (
            "Pour sa stratégie, perspective.brussels collabore avec des acteurs régionaux et "
            "avec des instances belges, européennes et internationales. Vous trouverez "
            "ci-dessous les organisations partenaires citées dans la stratégie."
        ),
        "en": (
            "For its strategy, perspective.brussels works with regional actors and with "
            "Belgian, European and international bodies. Below are the partner organisations "
            "named in the strategy."
        ),
    },
}


PARTNERS = [
    {
        "key": "brussels-international",
        "name": {
            "nl": "Brussels International",
            "fr": "Brussels International",
            "en": "Brussels International",
        },
        "acronym": "",
        "level": "regional",
        "website": {"nl": "", "fr": "", "en": ""},
    },
    {
        "key": "urban-brussels",
        "name": {"nl": "urban.brussels", "fr": "urban.brussels", "en": "urban.brussels"},
        "acronym": "",
        "level": "regional",
        "website": {
            "nl": "https://urban.brussels",
            "fr": "https://urban.brussels",
            "en": "https://urban.brussels",
        },
    },
    {
        "key": "brussels-environment",
        "name": {
            "nl": "Leefmilieu Brussel",
            "fr": "Bruxelles Environnement",
            "en": "Brussels Environment",
        },
        "acronym": "",
        "level": "regional",
        "website": {"nl": "", "fr": "", "en": ""},
    },
    {
        "key": "visit-brussels",
        "name": {"nl": "visit.brussels", "fr": "visit.brussels", "en": "visit.brussels"},
        "acronym": "",
        "level": "regional",
        "website": {
            "nl": "https://visit.brussels",
            "fr": "https://visit.brussels",
            "en": "https://visit.brussels",
        },
    },
    {
        "key": "hub-brussels",
        "name": {"nl": "hub.brussels", "fr": "hub.brussels", "en": "hub.brussels"},
        "acronym": "",
        "level": "regional",
        "website": {
            "nl": "https://hub.brussels",
            "fr": "https://hub.brussels",
            "en": "https://hub.brussels",
        },
    },
    {
        "key": "flanders",
        "name": {"nl": "Vlaanderen", "fr": "Flandre", "en": "Flanders"},
        "acronym": "",
        "level": "belgian",
        "website": {"nl": "", "fr": "", "en": ""},
    },
    {
        "key": "wallonia",
        "name": {"nl": "Wallonië", "fr": "Wallonie", "en": "Wallonia"},
        "acronym": "",
        "level": "belgian",
        "website": {"nl": "", "fr": "", "en": ""},
    },
    {
        "key": "interregional-spatial-planning-forum",
        "name": {
            "nl": "Intergewestelijk Informatieforum Ruimtelijke Ordening",
            "fr": "Forum interrégional d’information sur l’aménagement du territoire",
            "en": "Interregional Forum on Spatial Planning Information",
        },
        "acronym": "",
        "level": "belgian",
        "website": {"nl": "", "fr": "", "en": ""},
    },
]


CONTACT_PAGE = {
    "title": {"nl": "Contact", "fr": "Contact", "en": "Contact"},
    "slug": {"nl": "contact", "fr": "contact", "en": "contact"},
    "search_description": {
        "nl": (
            "Contactpersonen bij perspective.brussels voor de internationale, Europese en "
            "intergewestelijke strategie: Alfredo Corbalan en Sandrine De Meyer."
        ),
        "fr": (
            "Personnes de contact chez perspective.brussels pour la stratégie internationale, "
            "européenne et interrégionale\u00a0: Alfredo Corbalan et Sandrine De Meyer."
        ),
        "en": (
            "Contact persons at perspective.brussels for the international, European and "
            "interregional strategy: Alfredo Corbalan and Sandrine De Meyer."
        ),
    },
    "intro": {
        "nl": (
            "Voor vragen over de internationale, Europese en intergewestelijke strategie van "
            "perspective.brussels kunt u contact opnemen met onze experts."
        ),
        "fr": (
            "Pour toute question sur la stratégie internationale, européenne et interrégionale "
            "de perspective.brussels, n’hésitez pas à contacter nos experts."
        ),
        "en": (
            "For any questions about the international, European and interregional strategy "
            "of perspective.brussels, please contact our experts."
        ),
    },
}


EXPERTS = [
    {
        "key": "alfredo-corbalan",
        "first_name": "Alfredo",
        "last_name": "Corbalan",
        "role": {
            "nl": "Expert Europese, internationale en interregionale zaken",
            "fr": "Expert en affaires européennes, internationales et interrégionales",
            "en": "Expert in European, international and interregional affairs",
        },
    },
    {
        "key": "sandrine-de-meyer",
        "first_name": "Sandrine",
        "last_name": "De Meyer",
        "role": {
            "nl": "Beleidsmedewerker Europese en internationale zaken",
            "fr": "Chargée de mission en affaires européennes et internationales",
            "en": "Policy officer for European and international affairs",
        },
    },
]


ACCESSIBILITY_PAGE = {
    "title": {
        "nl": "Toegankelijkheidsverklaring",
        "fr": "Déclaration d’accessibilité",
        "en": "Accessibility statement",
    },
    "slug": {"nl": "toegankelijkheid", "fr": "accessibilite", "en": "accessibility"},
    "search_description": {
        "nl": (
            "Toegankelijkheidsverklaring van de strategiewebsite van perspective.brussels: "
            "doelnorm WCAG 2.1 AA, uitgevoerde controles en hoe u een probleem meldt."
        ),
        "fr": (
            "Déclaration d’accessibilité du site de la stratégie de perspective.brussels\u00a0: "
            "norme WCAG 2.1 AA, contrôles effectués et signalement d’un problème."
        ),
        "en": (
            "Accessibility statement for the perspective.brussels strategy website: target "
            "standard WCAG 2.1 AA, the checks carried out and how to report a problem."
        ),
    },
    "body": {
        "nl": (
            "<p>perspective.brussels verbindt zich ertoe deze website toegankelijk te maken, "
            "overeenkomstig Richtlijn (EU) 2016/2102 inzake de toegankelijkheid van de websites "
            "en mobiele applicaties van overheidsinstanties en de Brusselse ordonnantie die deze "
            "richtlijn omzet.</p>"
            "<p>Deze verklaring geldt voor de website over de internationale, Europese en "
            "intergewestelijke strategie van perspective.brussels, in het Nederlands, het Frans "
            "en het Engels.</p>"
            "<p>De website werd ontwikkeld om te voldoen aan de Web Content Accessibility "
            "Guidelines (WCAG) 2.1, niveau AA. De toegankelijkheid wordt gecontroleerd met:</p>"
            "<ul>"
            "<li>geautomatiseerde toegankelijkheidstests (axe-core) op elk paginatype, in de "
            "drie talen;</li>"
            "<li>tests waarbij de website uitsluitend met het toetsenbord wordt bediend.</li>"
            "</ul>"
            "<p>Er werd nog geen volledige manuele audit uitgevoerd. Geautomatiseerde tests "
            "brengen niet alle toegankelijkheidsproblemen aan het licht.</p>"
            "<p>Ondervindt u een probleem met de toegankelijkheid van deze website? Meld het ons "
            'via de <a href="/nl/contact/">contactpagina</a>, zodat wij het kunnen onderzoeken '
            "en verhelpen.</p>"
            "<p>Bent u niet tevreden met ons antwoord, dan kunt u zich wenden tot de bevoegde "
            "handhavingsinstantie.</p>"
        ),
        "fr": (
            "<p>perspective.brussels s’engage à rendre ce site internet accessible, "
            "conformément à la directive (UE) 2016/2102 relative à l’accessibilité des sites "
            "internet et des applications mobiles des organismes du secteur public et à "
            "l’ordonnance bruxelloise qui la transpose.</p>"
            "<p>La présente déclaration s’applique au site consacré à la stratégie "
            "internationale, européenne et interrégionale de perspective.brussels, en "
            "néerlandais, en français et en anglais.</p>"
            "<p>Le site a été conçu pour satisfaire aux Règles pour l’accessibilité des "
            "contenus Web (WCAG) 2.1, niveau AA. Son accessibilité est contrôlée par\u00a0:</p>"
            "<ul>"
            "<li>des tests d’accessibilité automatisés (axe-core) sur chaque type de page, dans "
            "les trois langues\u00a0;</li>"
            "<li>des tests de navigation au seul clavier.</li>"
            "</ul>"
            "<p>Aucun audit manuel complet n’a encore été réalisé. Les tests automatisés ne "
            "permettent pas de détecter tous les problèmes d’accessibilité.</p>"
            "<p>Vous rencontrez un problème d’accessibilité sur ce site\u00a0? Signalez-le-nous "
            'via la <a href="/fr/contact/">page de contact</a>, afin que nous puissions '
            "l’examiner et y remédier.</p>"
            "<p>Si notre réponse ne vous satisfait pas, vous pouvez vous adresser à l’organe de "
            "contrôle compétent.</p>"
        ),
        "en": (
            "<p>perspective.brussels is committed to making this website accessible, in "
            "accordance with Directive (EU) 2016/2102 on the accessibility of the websites and "
            "mobile applications of public sector bodies and the Brussels ordinance that "
            "transposes it.</p>"
            "<p>This statement applies to the website on the international, European and "
            "interregional strategy of perspective.brussels, in Dutch, French and English.</p>"
            "<p>The website was built to meet the Web Content Accessibility Guidelines (WCAG) "
            "2.1, level AA. Its accessibility is checked with:</p>"
            "<ul>"
            "<li>automated accessibility tests (axe-core) on every page type, in all three "
            "languages;</li>"
            "<li>keyboard-only navigation tests.</li>"
            "</ul>"
            "<p>No full manual audit has been carried out yet. Automated tests cannot detect "
            "every accessibility problem.</p>"
            "<p>Have you encountered an accessibility problem on this website? Please report it "
            'via the <a href="/en/contact/">contact page</a> so that we can look into it and '
            "fix it.</p>"
            "<p>If you are not satisfied with our response, you can turn to the competent "
            "enforcement body.</p>"
        ),
    },
}
