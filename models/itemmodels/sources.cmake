target_sources(vafa_models PRIVATE
    itemmodels/PagedListModel.h itemmodels/PagedListModel.cpp
    itemmodels/ListExporter.h itemmodels/ListExporter.cpp)
