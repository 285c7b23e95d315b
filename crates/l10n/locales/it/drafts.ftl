# Le bozze di messaggio incluse, una per tipo di suggerimento: .subject (per
# l’email) e .body, brevi e con la voce del negoziante, al cliente (con il
# «Lei», con le maiuscole di cortesia come nel modulo di consenso). Ogni
# variabile è un segnaposto che il negoziante vede come {first_name},
# {product}… quando modifica un modello: vanno tenute tutte. $owner firma il
# messaggio. Segnaposti senza articolo e senza participi accordati, perché il
# genere del prodotto o dell’occasione non è noto.

draft-replenishment-due =
    .subject = La Sua scorta di { $product }
    .body =
        Buongiorno { $first_name }, forse la Sua scorta di { $product } sta per finire. Vuole che ne metta da parte un po’ per Lei?

        Un caro saluto,
        { $owner }
draft-lapsing-regular =
    .subject = Un saluto da { $shop_name }
    .body =
        Buongiorno { $first_name }, è passato un po’ di tempo e spero che vada tutto bene. Mi farebbe piacere rivederLa, la prossima volta che passa da queste parti.

        Un caro saluto,
        { $owner }
draft-occasion =
    .subject = { $occasion } – un pensiero per Lei
    .body =
        Buongiorno { $first_name }, ho segnato in agenda: { $occasion }, { $date }. Se prima di allora posso esserLe utile in qualcosa, me lo dica pure.

        Un caro saluto,
        { $owner }
draft-thank-you =
    .subject = Grazie
    .body =
        Buongiorno { $first_name }, grazie della visita da { $shop_name }. Spero che ciò che ha scelto Le piaccia, e mi racconti pure come si trova.

        Un caro saluto,
        { $owner }
draft-matches-taste =
    .subject = Novità: { $product }
    .body =
        Buongiorno { $first_name }, ho appena ricevuto { $product } e ho pensato subito a Lei. Se Le interessa, ne tengo da parte.

        Un caro saluto,
        { $owner }
draft-service-check =
    .subject = È quasi ora: { $product }
    .body =
        Buongiorno { $first_name }, è quasi ora di { $product } (data prevista: { $date }). Vuole che Le fissi un appuntamento?

        Un caro saluto,
        { $owner }
draft-promised-follow-up =
    .subject = Come promesso
    .body =
        Buongiorno { $first_name }, come promesso: { $promise }.

        Un caro saluto,
        { $owner }
