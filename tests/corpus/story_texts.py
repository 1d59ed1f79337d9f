"""Invented articles for the story tests: two French stories and one English telling of the first.

The bridge of Port-Vallon (closure, inspection, reopening) and the lantern festival of Lorvel
never happened; names and places are made up.
"""

BRIDGE = [
    "Le conseil municipal de Port-Vallon a voté jeudi la fermeture du vieux pont de la Merle, après la "
    "découverte de fissures dans deux de ses piles. « Nous ne prendrons aucun risque », a déclaré la "
    "maire, Odile Ferrand. Les ingénieurs de la ville inspecteront l'ouvrage pendant plusieurs semaines, "
    "et une navette gratuite reliera les deux rives de la Merle.",
    "À Port-Vallon, la fermeture du pont de la Merle pèse sur les commerçants du quartier du port. Odile "
    "Ferrand a promis un calendrier des travaux avant l'été, tandis que les ingénieurs poursuivent "
    "l'inspection des piles fissurées. L'opposition municipale réclame un audit de tous les ponts de la "
    "commune.",
    "Le pont de la Merle rouvrira aux voitures en septembre, a annoncé la maire de Port-Vallon, Odile "
    "Ferrand. Les fissures des piles seront comblées par une entreprise de Sainte-Albe et les ingénieurs "
    "de la ville surveilleront l'ouvrage chaque mois. La navette entre les deux rives sera maintenue "
    "jusqu'à la réouverture.",
]

FESTIVAL = [
    "Plus de quarante mille visiteurs ont assisté samedi au festival des lanternes de Lorvel, un record. "
    "Trois mille lanternes de papier bordaient les quais et des chorales se sont succédé sur une scène "
    "flottante installée sur le canal. « La foule était dense », raconte Mathis Corbel, président de "
    "l'association organisatrice.",
    "Après le succès du festival des lanternes, la mairie de Lorvel veut étendre le parcours aux jardins "
    "du cloître. Mathis Corbel souhaite davantage de bénévoles pour accrocher les lanternes le long du "
    "canal, et les chorales de la région sont déjà invitées pour la prochaine édition du festival.",
    "Les restaurants du quai des Tanneurs, à Lorvel, disent avoir servi deux fois plus de repas le soir "
    "du festival des lanternes. Les hôtels affichaient complet et l'association de Mathis Corbel prépare "
    "déjà les lanternes de l'an prochain, avec une scène supplémentaire au bord du canal.",
]

BRIDGE_EN = [
    "The town council of Port-Vallon voted on Thursday to close the old Merle bridge after engineers "
    'found cracks in two of its piers. "We will take no risks," said the mayor, Odile Ferrand. A free '
    "shuttle will link both banks of the Merle while the bridge is inspected.",
    "The Merle bridge in Port-Vallon will reopen to cars in September, mayor Odile Ferrand announced. "
    "The cracked piers will be repaired by a firm from Sainte-Albe and town engineers will inspect the "
    "bridge every month. The shuttle between the banks will run until the bridge reopens.",
]
