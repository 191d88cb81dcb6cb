target_sources(vafa_models PRIVATE
    itemmodels/Placeholder.cpp)
