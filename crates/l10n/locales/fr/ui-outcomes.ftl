outcomeTitle = Ce qu’ont donné vos suivis
outcomeIntro = Après chaque suivi marqué comme fait, Shopkeeper regarde si le client a racheté dans un certain délai ; les suggestions que vous avez vues sans y donner suite sont comptées de la même façon, pour comparer.
outcomeWorking = Calcul en cours…
outcomeNone = Rien à dire pour l’instant : marquez quelques suggestions comme faites, et les réponses arriveront au fil des semaines.
outcomeFailed = Impossible de faire le compte pour le moment.
outcomeDone = Sur { $done } { $kind ->
    [thank-you] { $done ->
        [one] remerciement
       *[other] remerciements
    }
    [replenishment-due] { $done ->
        [one] mot « bientôt à court »
       *[other] mots « bientôt à court »
    }
    [lapsing-regular] { $done ->
        [one] mot à un habitué perdu de vue
       *[other] mots à des habitués perdus de vue
    }
    [occasion] { $done ->
        [one] mot pour une date
       *[other] mots pour des dates
    }
    [matches-taste] { $done ->
        [one] mot « nouveauté »
       *[other] mots « nouveauté »
    }
    [service-check] { $done ->
        [one] rappel d’entretien
       *[other] rappels d’entretien
    }
    [promised-follow-up] { $done ->
        [one] promesse tenue
       *[other] promesses tenues
    }
   *[other] { $done ->
        [one] suivi
       *[other] suivis
    }
}, { $back ->
    [0] personne n’est revenu
    [one] { $back } est revenu
   *[other] { $back } sont revenus
} { $horizon ->
    [one] dans la journée
   *[other] dans les { $horizon } jours
} { $others ->
    [0] (pas encore de clients vus et non contactés pour comparer).
   *[other] (sans contact : { $othersBack } sur { $others }).
}
outcomeOnlyOthers = Trop tôt pour juger les { $kind ->
    [thank-you] remerciements
    [replenishment-due] mots « bientôt à court »
    [lapsing-regular] mots à des habitués perdus de vue
    [occasion] mots pour des dates
    [matches-taste] mots « nouveauté »
    [service-check] rappels d’entretien
    [promised-follow-up] promesses tenues
   *[other] suivis
} ; parmi les clients non contactés, { $othersBack } sur { $others } sont revenus { $horizon ->
    [one] dans la journée
   *[other] dans les { $horizon } jours
}.
outcomeWaiting = { $more ->
    [true] Et { $waiting ->
        [one] { $waiting } autre
       *[other] { $waiting } autres
    }
   *[other] { $waiting }
} { $kind ->
    [thank-you] { $waiting ->
        [one] remerciement
       *[other] remerciements
    }
    [replenishment-due] { $waiting ->
        [one] mot « bientôt à court »
       *[other] mots « bientôt à court »
    }
    [lapsing-regular] { $waiting ->
        [one] mot à un habitué perdu de vue
       *[other] mots à des habitués perdus de vue
    }
    [occasion] { $waiting ->
        [one] mot pour une date
       *[other] mots pour des dates
    }
    [matches-taste] { $waiting ->
        [one] mot « nouveauté »
       *[other] mots « nouveauté »
    }
    [service-check] { $waiting ->
        [one] rappel d’entretien
       *[other] rappels d’entretien
    }
    [promised-follow-up] { $waiting ->
        [one] promesse tenue
       *[other] promesses tenues
    }
   *[other] { $waiting ->
        [one] suivi
       *[other] suivis
    }
} { $waiting ->
    [one] est encore dans son délai de
   *[other] sont encore dans leur délai de
} { $horizon } { $horizon ->
    [one] jour
   *[other] jours
} ; pour l’instant, { $back ->
    [0] personne n’est revenu
    [one] { $back } est revenu
   *[other] { $back } sont revenus
}.
