# files of models/identities: identities with their phones, addresses, categories and subtypes
target_sources(vafa_models PRIVATE
    identities/Identity.h
    identities/IdentityRepository.h identities/IdentityRepository.cpp
    identities/IdentitySubtypeRepository.h identities/IdentitySubtypeRepository.cpp
    identities/IdentitySubtypeService.h identities/IdentitySubtypeService.cpp
    identities/CategoryRepository.h identities/CategoryRepository.cpp
    identities/CategoryService.h identities/CategoryService.cpp)
