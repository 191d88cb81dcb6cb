# files of models/club
# The .xlsx reader needs QuaZip (Debian: libquazip1-qt6-dev).
find_package(QuaZip-Qt6 REQUIRED)
target_link_libraries(vafa_models PRIVATE QuaZip::QuaZip)
target_sources(vafa_models PRIVATE
    club/ClubSettings.h club/ClubSettings.cpp
    club/ClubPermissions.h club/ClubPermissions.cpp
    club/PermissionEngine.h club/PermissionEngine.cpp
    club/ClubVisibilityRepository.h club/ClubVisibilityRepository.cpp
    club/ClubMemberRepository.h club/ClubMemberRepository.cpp
    club/ClubMemberService.h club/ClubMemberService.cpp
    club/TabularFile.h club/TabularFile.cpp
    club/ClubUserImport.h club/ClubUserImport.cpp
    club/UsersImportCommand.cpp)
