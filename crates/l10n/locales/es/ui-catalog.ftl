catalogTitle = Catálogo
catalogSearch = Buscar un producto
catalogSearchPlaceholder = Nombre, ref., categoría o etiqueta
catalogEmpty = Aún no hay productos. Añade el primero con el formulario.
catalogNothing = Ningún producto coincide. Prueba con menos letras.
catalogCount = { $all ->
    [one] { $all } producto
   *[other] { $all } productos
}
catalogCountShown = { $shown } de { $all } productos
catalogNew = Nuevo
catalogNewHint = Llegado en los últimos 30 días
catalogSoon = Llega el { $date }
catalogAdd = Añadir un producto
catalogEdit = Editar { $name }
catalogEditButton = Editar
catalogSku = Ref.
catalogName = Nombre
catalogCategory = Categoría
catalogTags = Atributos y etiquetas
catalogTagsHint = p. ej. descafeinado, talla:42
catalogPrice = Precio
catalogUseUp = Se acaba en
catalogUseUpHint = días; p. ej. 30 para una bolsa de café
catalogService = Revisión cada
catalogServiceHint = días; p. ej. 180 para revisar una bici
catalogArrival = Fecha de llegada
catalogOptional = opcional
catalogSave = Guardar producto
catalogSaving = Guardando…
catalogCancel = Cancelar
catalogArchive = Retirar del catálogo
catalogArchiveHint = Las ventas pasadas conservan su nombre; ya no se ofrece.
catalogAdded = Se ha añadido { $name }.
catalogUpdated = Se ha guardado { $name }.
catalogArchived = Se ha retirado { $name } del catálogo.
catalogLoadFailed = No se ha podido cargar el catálogo.
catalogColProduct = Producto
catalogColCategory = Categoría
catalogColPrice = Precio
catalogColIntervals = Intervalos
catalogDays = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
catalogUseUpShort = se acaba en { $days }
catalogServiceShort = revisión cada { $days }
