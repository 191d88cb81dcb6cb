# files of models/repositories
target_sources(vafa_models PRIVATE
    repositories/Repository.h repositories/Repository.cpp
    repositories/IdentityRepository.h repositories/IdentityRepository.cpp)
