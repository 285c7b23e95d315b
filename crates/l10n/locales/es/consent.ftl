# Lo que se pregunta al cliente para cada finalidad, antes de que el comerciante lo reformule.
consent-question =
    .service = ¿Podemos contactarle sobre sus propios pedidos y reparaciones?
    .recommendations = ¿Podemos avisarle cuando llegue algo que creemos que le gustará?
    .promotions = ¿Podemos enviarle de vez en cuando nuestras novedades y ofertas?
    .occasions = ¿Podemos escribirle unas líneas por su cumpleaños u otras ocasiones?
