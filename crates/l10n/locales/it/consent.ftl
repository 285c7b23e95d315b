# Che cosa si chiede al cliente per ogni finalità, prima che il negoziante la riformuli.
consent-question =
    .service = Possiamo contattarLa per i Suoi ordini e le Sue riparazioni?
    .recommendations = Possiamo avvisarLa quando arriva qualcosa che pensiamo Le piacerà?
    .promotions = Possiamo inviarLe ogni tanto le nostre novità e offerte?
    .occasions = Possiamo scriverLe due righe per il compleanno o per altre occasioni?
