dupOpen = Posibles duplicados
dupClose = Cerrar los duplicados
dupHeading = Posibles duplicados
dupIntro = Clientes que podrían ser la misma persona anotada dos veces. Compáralos y luego fusiónalos o déjalos como están.
dupLoading = Buscando duplicados…
dupNone = No hay duplicados probables entre tus clientes.
dupCount = { $n ->
    [one] { $n } par que revisar
   *[other] { $n } pares que revisar
}
dupLikely = { $band ->
    [very] Muy probablemente la misma persona
    [likely] Probablemente la misma persona
   *[other] Quizá la misma persona
}
dupCompare = Comparar
dupHide = Ocultar
dupKeep = Conservar esta ficha
dupAdded = Añadido el { $date }
dupNoEmail = sin email
dupNoPhone = sin teléfono
dupMerge = Fusionar en { $into }
dupMerging = Fusionando…
dupMergeNote = Las compras, las preferencias, el historial de consentimiento, los contactos y las promesas pasan a la ficha que conservas. Sus datos se mantienen; se añaden los emails, teléfonos, etiquetas y notas de la otra ficha, y los campos vacíos se rellenan con los de ella.
dupMerged = Fusionado en { $name }.
dupLooksLike = Parece alguien que ya está en tu cartera de clientes:
dupOpenExisting = Abrir { $name }
dupReason = { $kind ->
    [same-email] mismo email ({ $a })
    [same-phone] mismo teléfono ({ $a })
    [same-name] mismo nombre
    [same-name-reordered] mismo nombre, escrito de otra forma
    [short-form] { $a } y { $b } son el mismo nombre
    [initial] { $a }. podría ser { $b }
    [name-within] un nombre está dentro del otro
    [similar-spelling] nombres escritos casi igual
    [other-emails] pero emails distintos
    [other-phones] pero teléfonos distintos
   *[other] otra cosa en común
}
