#pragma once

namespace tl::core {

struct ImportOptions
{
    // What a row whose key (e.g. employee code) already exists in the database does.
    enum class Existing
    {
        Update, // "upsert": the row updates the stored record (the default)
        Reject, // "new only": such a row is a problem
    };

    bool dryRun = false; // validate and plan everything, write nothing
    Existing existing = Existing::Update;
    int maxProblems = 10000; // problems kept for the report; further ones are only counted
};

} // namespace tl::core
