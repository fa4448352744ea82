using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGuard.Analyzers.Configuration;
using DataGuard.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DataGuard.Analyzers.Sources;

/// <summary>
/// Decides which symbols hold personal data (by attribute or by name) and which types carry personal members.
/// One instance per set of options; results are cached because every rule asks the same questions.
/// </summary>
internal sealed class PersonalDataClassifier
{
    private readonly PersonalNames _names;
    private readonly HashSet<string> _personalMembers;
    private readonly HashSet<string> _ignoredMembers;
    private readonly ConcurrentDictionary<ISymbol, Verdict> _symbols = new(SymbolEqualityComparer.Default);
    private readonly BoundedAnswers<ImmutableArray<ISymbol>> _typeMembers = new(WalkKind.Members);
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableHashSet<string>> _markedRecordParameters = new(SymbolEqualityComparer.Default);
    private readonly RequestFedMembers? _requestFed;
    private readonly FilledRecipients? _filledRecipients;
    private readonly NonPersonRecords _records;
    private readonly PlaceRecords _places;
    private readonly PersonKeys _keys;

    /// <summary><see cref="Classify"/> as one delegate, not a new closure at every look-up.</summary>
    private readonly Func<ISymbol, Verdict> _classify;

    /// <summary><see cref="ComputeMembers"/> as one delegate, for the same reason.</summary>
    private readonly Func<ISymbol, ImmutableArray<ISymbol>> _computeMembers;

    public PersonalDataClassifier(DataGuardOptions options, RequestFedMembers? requestFed = null, FilledRecipients? filledRecipients = null)
    {
        _filledRecipients = filledRecipients;
        _classify = Classify;
        _computeMembers = ComputeMembers;
        _requestFed = requestFed;
        _names = PersonalNames.For(options.PersonalNames, options.IgnoredNames);
        _records = new NonPersonRecords(_names);
        _places = new PlaceRecords(_names);
        _keys = new PersonKeys(_names, _records.IsOrganisation);
        BoundRequests = new BoundRequestTypes(this);
        _personalMembers = new HashSet<string>(options.PersonalNames.Where(n => n.IndexOf('.') >= 0), StringComparer.OrdinalIgnoreCase);
        _ignoredMembers = new HashSet<string>(options.IgnoredNames.Where(n => n.IndexOf('.') >= 0), StringComparer.OrdinalIgnoreCase);
    }

    public PersonalNames Names => _names;

    /// <summary>The requests a pipeline step's open request type stands for, when its assembly declares them.</summary>
    public BoundRequestTypes BoundRequests { get; }

    /// <summary>
    /// True when the field, property, parameter, local or method (by its result) holds personal data. Locals are classified
    /// afresh: every method body has new ones, so caching them only filled the shared table (a locked insert and a growing
    /// table for each local of the compilation), while their answer is a cached name look-up first.
    /// </summary>
    public bool IsPersonal(ISymbol symbol)
    {
        var key = symbol is IMethodSymbol or IPropertySymbol or IFieldSymbol ? symbol.OriginalDefinition : symbol;
        var verdict = symbol is ILocalSymbol ? Classify(symbol) : _symbols.GetOrAdd(key, _classify);
        return verdict == Verdict.Personal || verdict == Verdict.IfTypeCanHold && CanHoldPersonalData(ValueType(key), BoundedWalk.Bound(WalkKind.TypeArguments));
    }

    /// <summary>
    /// What the symbol alone says, kept per symbol. Whether a type with members can hold a person's data is asked each time
    /// (<see cref="Verdict.IfTypeCanHold"/>): asked inside a walk over members, the answer is that walk's — shorter, with its own
    /// cycles cut — and keeping it made a member's verdict depend on which rule asked first.
    /// </summary>
    private enum Verdict
    {
        NotPersonal,
        Personal,
        IfTypeCanHold,
    }

    /// <summary>The type of the value the field, property, parameter, local or method (by its result) holds.</summary>
    internal static ITypeSymbol? ValueType(ISymbol symbol) => symbol switch
    {
        IFieldSymbol f => f.Type,
        IPropertySymbol p => p.Type,
        IParameterSymbol p => p.Type,
        ILocalSymbol l => l.Type,
        IMethodSymbol m => m.ReturnType,
        _ => null,
    };

    private Verdict Classify(ISymbol symbol) => IsPersonalBySymbol(symbol) switch
    {
        true => Verdict.Personal,
        false => Verdict.NotPersonal,
        null => Verdict.IfTypeCanHold,
    };

    /// <summary>True or false when the symbol decides; null when its name is personal and its type's members decide.</summary>
    private bool? IsPersonalBySymbol(ISymbol symbol)
    {
        ITypeSymbol? type;
        switch (symbol)
        {
            case IFieldSymbol f when !f.IsImplicitlyDeclared: type = f.Type; break;
            case IPropertySymbol p when !p.IsIndexer: type = p.Type; break;
            case IParameterSymbol p: type = p.Type; break;
            case ILocalSymbol l: type = l.Type; break;
            case IMethodSymbol m when m.MethodKind == MethodKind.Ordinary && !m.ReturnsVoid:
                type = m.ReturnType;
                if (!IsPlainValue(type) || TypeMetadata.IsDescribedBy(m))
                {
                    return false;
                }

                break;
            default: return false;
        }

        // Configured "Type.Member" names: the qualified name is built only when some are configured (it is not cheap).
        if ((_ignoredMembers.Count > 0 || _personalMembers.Count > 0) && symbol is IFieldSymbol or IPropertySymbol or IMethodSymbol
            && symbol.ContainingType is { } owner)
        {
            var qualified = owner.ToDisplayString() + "." + symbol.Name;
            if (_ignoredMembers.Contains(qualified))
            {
                return false;
            }

            if (_personalMembers.Contains(qualified))
            {
                return true;
            }
        }

        if (PersonalAttributes.IsMarked(symbol) && !IsOrganisationsFormattedValue(symbol) || IsMarkedRecordParameter(symbol) || CarriedPersonalMembers.Carries(symbol))
        {
            return true;
        }

        // A member of the program's own type that holds a copy of request content (_form = CopyCollection(request.Form)), whatever
        // its name and type: the object is a whole-record holder wherever it goes.
        if (symbol is IFieldSymbol or IPropertySymbol && _requestFed is not null && _requestFed.Contains(symbol))
        {
            return true;
        }

        // Framework members whose names happen to match (IPEndPoint.Address, Type.FullName) are not personal unless configured.
        if (symbol is not (IParameterSymbol or ILocalSymbol) && IsFramework(symbol.ContainingType) && !TupleElements.IsNamedElement(symbol))
        {
            return false;
        }

        // A file's, directory's or stream's FullName and Name are its path (ISftpFile.FullName), whatever the library.
        if (FileSystemEntries.IsPathMember(symbol, _names))
        {
            return false;
        }

        // Names suggest, types decide: DicomTag.PatientName, Columns.Email and ClaimTypes.Email are set once for the whole
        // program (constants, static read-only members): identifiers of data, not a person's data.
        if (IsSetOnceForTheProgram(symbol))
        {
            return false;
        }

        // The team's own settings (EmailSettings.ToAddress, SmtpOptions.AdminPhone) are set in configuration by whoever runs the
        // program: its mailboxes and numbers, not a record about a person. Per-person settings (UserSettings.Email) stay personal.
        if (symbol is IFieldSymbol or IPropertySymbol && IsTeamSettingsType(symbol.ContainingType))
        {
            return false;
        }

        // A database or broker session's account (OracleSession.Username beside Sid, Machine, Program) is a service account;
        // a catalogue entry's full name (Programme.FullName beside ShortName and SortPriority) is a thing's title.
        if (ServiceSessionRecords.IsServiceAccount(symbol, _names) || ThingTitles.IsThingsTitle(symbol, _names))
        {
            return false;
        }

        // A recipient slot of the program's own mail (EmailRequestEvent.To beside Subject and Body): mail goes to people.
        if (MailEnvelopes.IsRecipient(symbol))
        {
            return true;
        }

        // What a person typed into the program's chat (ChatRequest.Message): personal unless shown otherwise.
        if (ChatRequests.IsTypedText(symbol))
        {
            return true;
        }

        // A message's recipient the program fills from a person's e-mail or phone (Notification.Recipient = patient.Email).
        if (_filledRecipients is not null && _filledRecipients.IsFilledFromPerson(symbol, _names))
        {
            return true;
        }

        // A record's request form, query string or cookies (NameValueCollection Form { get; set; }), filled where this
        // compilation cannot see: its name says what it holds and its type that it holds it field by field.
        if (symbol is IFieldSymbol or IPropertySymbol && RequestContentMembers.HoldsRequestContent(symbol))
        {
            return true;
        }

        // A bag of further named values on a person's record (PersonSpecification.OptionalProperties: ethnicity, care status)
        // holds more of that person's data, whatever its name.
        if (symbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } && PropertyBags.IsBag(type)
            && HoldsPersonalValues(symbol.ContainingType))
        {
            return true;
        }

        // Names suggest, the record decides: a clinic branch's reception phone and a pet's name are no person's (NonPersonRecords).
        if (symbol is IFieldSymbol or IPropertySymbol && (_records.HoldsNoPersonsValue(symbol) || _places.HoldsPlacesAddress(symbol)))
        {
            return false;
        }

        // A home address kept in parts (StreetName, Number, PostalCode beside City): its parts name no address one by one.
        if (symbol is IFieldSymbol or IPropertySymbol && AddressParts.IsPart(symbol))
        {
            return null;
        }

        if (IsPersonalValueObject(type))
        {
            return true;
        }

        // A platform's own number for the person a record describes (Patient.HFID beside FirstName and DateOfBirth), or the
        // text key a person's type declares (Student.StudentID) and the values named for it (string studentId).
        if (PersonIdentifiers.IsPersonsIdentifier(symbol, _names) || _keys.Holds(symbol))
        {
            return true;
        }

        // A verification code's Target documented as "Email or Phone number": where the code goes, a person's address.
        if (DocumentedContacts.IsEmailOrPhone(symbol))
        {
            return true;
        }

        return _names.IsPersonal(symbol.Name) || IsNameOfAPerson(symbol) || IsAccountHoldersName(symbol)
               || QualifiedPersonNames.IsPersonsName(symbol, _names, _records.IsOrganisation) || VehicleLicenseNumbers.IsPlate(symbol) || IsPlainValue(type!) && FilterValues.Holds(symbol, _names) ? null : false;
    }

    /// <summary>True for a record of the program that describes an organisation (a clinic's sign-up, a lab's branch).</summary>
    public bool IsOrganisationRecord(INamedTypeSymbol type) => _records.IsOrganisation(type);

    /// <summary>True for a record shown to describe a person or a person's account (see <see cref="NonPersonRecords.IsPersons"/>).</summary>
    public bool IsPersonsRecord(INamedTypeSymbol type) => _records.IsPersons(type);

    /// <summary>True for a member named like personal data that holds an organisation's own value (<c>ClinicSignup.Email</c>).</summary>
    public bool IsOrganisationsOwn(ISymbol member)
        => member.ContainingType is { } record && _records.IsOrganisation(record) && _records.HoldsNoPersonsValue(member)
           && (_names.IsPersonal(member.Name) || PersonalAttributes.IsMarked(member));

    /// <summary>
    /// A member whose only personal-data attributes validate a format (<c>[EmailAddress]</c>, <c>[Phone]</c>) on an organisation's
    /// record: the clinic's sign-up e-mail is validated as any e-mail is, and stays the clinic's.
    /// </summary>
    private bool IsOrganisationsFormattedValue(ISymbol symbol)
        => symbol is IFieldSymbol or IPropertySymbol && PersonalAttributes.IsMarkedByFormatOnly(symbol) && _records.HoldsNoPersonsValue(symbol);

    /// <summary>
    /// A value object of the domain model named for personal data (<c>Email</c>, <c>PhoneNumber</c>, <c>PostalAddress</c>): its one
    /// value is a person's, so whatever holds one (<c>Guest.Contact</c>) holds personal data. Types decide here, not member names.
    /// </summary>
    private bool IsPersonalValueObject(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named && !IsFramework(named)
           && _names.IsPersonal(named.Name) && IsValueWrapper(named);

    /// <summary>
    /// A type of the program with a member that holds a single personal value by attribute or name (<c>BirthDate</c>,
    /// <c>Email</c>): a record about a person. Asked of its plain-value members only, so it never recurses.
    /// </summary>
    private bool HoldsPersonalValues(INamedTypeSymbol? owner)
        => owner is not null && !IsFramework(owner) && owner.GetMembers().Any(member =>
            member is IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false }
            && (member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type) is { } memberType && IsPlainValue(memberType)
            && (PersonalAttributes.IsMarked(member) || _names.IsPersonal(member.Name)));

    /// <summary>Words before "Settings" that make the settings a person's own: <c>UserSettings</c>, <c>CustomerOptions</c>.</summary>
    private static readonly HashSet<string> OwnerWords = new(StringComparer.Ordinal) { "user", "account", "profile", "member" };

    /// <summary>
    /// A class of the program (not the framework) named like the options pattern's classes (<c>MailOptions</c>, <c>AppSettings</c>,
    /// <c>SmtpConfig</c>), unless its name says whose settings they are (<c>UserSettings</c>, <c>CustomerPreferencesOptions</c>).
    /// </summary>
    public static bool IsTeamSettingsType(INamedTypeSymbol? owner)
    {
        if (owner is null || owner.TypeKind != TypeKind.Class || IsFramework(owner))
        {
            return false;
        }

        var words = IdentifierWords.Words(owner.Name);
        if (IdentifierWords.LastWord(words) is not ("option" or "setting" or "config" or "configuration"))
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (OwnerWords.Contains(words[i]) || PersonalNames.IsPersonOrServedNoun(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Constants, enum members, static read-only fields and static get-only properties (resource keys, tags, column names).</summary>
    private static bool IsSetOnceForTheProgram(ISymbol symbol)
        => symbol is IFieldSymbol { IsConst: true } or IFieldSymbol { IsStatic: true, IsReadOnly: true }
            or IPropertySymbol { IsStatic: true, SetMethod: null };

    /// <summary>Methods that read a value by a string key, like an indexer: <c>JsonElement.GetProperty("phone")</c>.</summary>
    private static readonly HashSet<string> KeyedReaders = new(StringComparer.Ordinal) { "GetProperty" };

    /// <summary>
    /// The key of a read by a constant personal key, or null: <c>row["身分證字號"]</c>, <c>reader["Address"]</c>, <c>form["email"]</c>,
    /// <c>json.GetProperty("phone")</c>. The key names the column or field as a member's name would. A static identifier object
    /// used as the key (<c>dataset.GetString(DicomTag.PatientName)</c>) names it too: the tag is metadata, what it reads is not.
    /// </summary>
    public string? PersonalKey(IOperation operation)
    {
        if (ClaimValues.PersonalRead(operation, _names) is { } claim)
        {
            return claim;
        }

        var (arguments, byIdentifierOnly) = operation switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => (indexer.Arguments, false),
            IInvocationOperation invocation when KeyedReaders.Contains(invocation.TargetMethod.Name) => (invocation.Arguments, false),
            IInvocationOperation { Instance: not null } invocation when invocation.TargetMethod.Name.StartsWith("Get", StringComparison.Ordinal)
                                                                       || invocation.TargetMethod.Name.StartsWith("TryGet", StringComparison.Ordinal)
                => (invocation.Arguments, true),
            _ => (default, false),
        };
        // configuration["Seed:AdminEmail"] names a setting of the operator's, not a field of a person's record.
        if (arguments.IsDefaultOrEmpty || OperatorValues.IsConfigurationRead(operation))
        {
            return null;
        }

        var key = arguments[0].Value;
        while (key is IConversionOperation conversion)
        {
            key = conversion.Operand;
        }

        if (!byIdentifierOnly && arguments.Length == 1 && key.ConstantValue is { HasValue: true, Value: string text } && _names.IsPersonal(text))
        {
            return text;
        }

        return key is IMemberReferenceOperation { Instance: null, Member: IFieldSymbol or IPropertySymbol } identifier && identifier.Type is { } type
               && !IsPlainValue(type) && type.TypeKind != TypeKind.Enum && _names.IsPersonal(identifier.Member.Name)
            ? identifier.Member.Name
            : null;
    }

    /// <summary>
    /// A plain name (<c>Name</c>, <c>Nume</c>, <c>Nombre</c>, <c>姓名</c>) on a person's record: a type named for a person
    /// (<c>Suspect</c>, <c>Pacient</c>), or one that also holds a surname or given name (<c>Nume</c> beside <c>Prenume</c>).
    /// </summary>
    private static bool IsNameOfAPerson(ISymbol symbol)
    {
        if (symbol is not (IPropertySymbol or IFieldSymbol) || symbol.ContainingType is not { } owner || TupleElements.OwnerName(symbol) is not { } ownerName
            || symbol.Name != "姓名" && !ForeignNames.IsGeneralName(symbol.Name))
        {
            return false;
        }

        var words = ForeignNames.Fold(IdentifierWords.Words(ownerName));
        return IdentifierWords.LastWord(words) is { } last && (PersonalNames.IsPersonOrServedNoun(last) || ForeignNames.IsPerson(words[words.Count - 1])
                                   || words.Count > 1 && PersonalNames.IsPersonNoun(words[words.Count - 2]))
               || HoldsSurnameOrGivenName(owner, symbol);
    }

    /// <summary>
    /// A plain <c>Name</c> on a record named for a person or an account that also holds the person's e-mail or phone (round 30:
    /// <c>User { Name, Email }</c> logged at a name change): the name of the account's person, as a log line with both
    /// already shows. An organisation's record is decided before this (<see cref="NonPersonRecords"/>).
    /// </summary>
    private bool IsAccountHoldersName(ISymbol symbol)
        => symbol is IPropertySymbol or IFieldSymbol && ForeignNames.IsGeneralName(symbol.Name) && symbol.ContainingType is { } owner
           && !IsFramework(owner) && IdentifierWords.Words(owner.Name).Any(NonPersonRecords.NamesPerson) && !_records.IsOrganisation(owner)
           && PersonIdentifiers.HoldsContact(owner, symbol, _names);

    private static bool HoldsSurnameOrGivenName(INamedTypeSymbol owner, ISymbol name)
        => owner.GetMembers().Any(member => member is IPropertySymbol or IFieldSymbol && !SymbolEqualityComparer.Default.Equals(member, name)
                                            && ForeignNames.IsSurnameOrGivenName(member.Name));

    /// <summary>Positional records put attributes on the parameter; the generated property inherits the meaning.</summary>
    private bool IsMarkedRecordParameter(ISymbol symbol)
        => symbol is IPropertySymbol { ContainingType: { IsRecord: true } record } property
           && MarkedConstructorParameters(record.OriginalDefinition).Contains(property.Name);

    /// <summary>
    /// The names of a record's constructor parameters that carry a personal-data attribute, read once per record: asking every
    /// property made the compiler build the record's constructors and read their parameters' attributes again for each one.
    /// </summary>
    private ImmutableHashSet<string> MarkedConstructorParameters(INamedTypeSymbol record)
    {
        if (_markedRecordParameters.TryGetValue(record, out var names))
        {
            return names;
        }

        if (!MayHaveAttributedConstructorParameter(record))
        {
            return _markedRecordParameters.GetOrAdd(record, ImmutableHashSet<string>.Empty);
        }

        var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (PersonalAttributes.IsMarked(parameter))
                {
                    builder.Add(parameter.Name);
                }
            }
        }

        return _markedRecordParameters.GetOrAdd(record, builder.ToImmutable());
    }

    /// <summary>
    /// False when the record is declared in this compilation's source and no parameter of its primary constructor or of a
    /// constructor it declares has an attribute: then none is marked, and the compiler need not build the record's constructors
    /// to say so (most records are plain data; asking for their constructors was most of this check's cost).
    /// </summary>
    private static bool MayHaveAttributedConstructorParameter(INamedTypeSymbol record)
    {
        if (record.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (var reference in record.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration
                || declaration.ParameterList is { } primary && HasAttributedParameter(primary))
            {
                return true;
            }

            foreach (var member in declaration.Members)
            {
                if (member is ConstructorDeclarationSyntax constructor && HasAttributedParameter(constructor.ParameterList))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAttributedParameter(ParameterListSyntax parameters)
    {
        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.AttributeLists.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Public instance members of the type (and of its element type for collections) that are personal, or whose own type has
    /// personal members. Empty for plain values such as strings.
    /// </summary>
    public ImmutableArray<ISymbol> PersonalMembers(ITypeSymbol? type)
    {
        if (type is null || IsPlainValue(type) || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.TypeParameter or TypeKind.Pointer)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        // Cycles (Citizen.Spouse : Citizen, Node : IEnumerable<Node>) and deep member chains answer "none".
        return _typeMembers.Get(type, _computeMembers, ImmutableArray<ISymbol>.Empty);
    }

    private ImmutableArray<ISymbol> ComputeMembers(ISymbol symbol)
    {
        var type = (ITypeSymbol)symbol;
        if (ElementType(type) is { } element)
        {
            return PersonalMembers(element);
        }

        var builder = ImmutableArray.CreateBuilder<ISymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            var framework = IsFramework(current);
            foreach (var member in InstanceDataMembers(current))
            {
                if (member.IsImplicitlyDeclared && member is IFieldSymbol)
                {
                    continue;
                }

                var memberType = member switch
                {
                    IPropertySymbol { IsIndexer: false } p => p.Type,
                    IFieldSymbol f => f.Type,
                    _ => null,
                };
                if (memberType is null)
                {
                    continue;
                }

                if (IsPersonal(member))
                {
                    builder.Add(member);
                }
                else if (!framework && !PersonalMembers(memberType).IsEmpty)
                {
                    builder.Add(member);
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// The public instance fields and properties of <paramref name="type"/>, in declaration order. For a constructed generic
    /// type (<c>Task&lt;PatientResponse&gt;</c>, <c>Result&lt;T&gt;</c>) they are read from the definition, whose member list the
    /// compiler keeps, and only those are substituted: <c>GetMembers()</c> on every construction met substituted every method
    /// of it too, a quarter of DataGuard's time in a trace of a MediatR application. Tuples keep their own list (their element
    /// names are fields the definition does not have).
    /// </summary>
    private static IEnumerable<ISymbol> InstanceDataMembers(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { IsGenericType: true, IsTupleType: false } constructed || constructed.IsDefinition)
        {
            foreach (var member in type.GetMembers())
            {
                if (IsInstanceData(member))
                {
                    yield return member;
                }
            }

            yield break;
        }

        foreach (var definition in constructed.OriginalDefinition.GetMembers())
        {
            if (!IsInstanceData(definition))
            {
                continue;
            }

            foreach (var member in constructed.GetMembers(definition.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(member.OriginalDefinition, definition))
                {
                    yield return member;
                    break;
                }
            }
        }
    }

    private static bool IsInstanceData(ISymbol member)
        => member is IPropertySymbol or IFieldSymbol && !member.IsStatic && member.DeclaredAccessibility == Accessibility.Public;

    /// <summary>
    /// The personal members a database row of the type holds: <see cref="PersonalMembers"/> without those marked
    /// <c>[NotMapped]</c> (the current user of a <c>Site</c>, set per request), which no query loads.
    /// </summary>
    public IEnumerable<ISymbol> PersonalColumns(ITypeSymbol type)
        => PersonalMembers(type).Where(member => !member.GetAttributes().Any(a => a.AttributeClass is { Name: "NotMappedAttribute" } attribute
                                                                                  && PersonalAttributes.MetadataName(attribute) == "System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute"));

    /// <summary>The type a field or property holds; null for any other member.</summary>
    public static ITypeSymbol? MemberType(ISymbol member) => member switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    /// <summary>
    /// True for a member that refers to other records rather than holding a value: a class with personal members, or a
    /// collection of them (<c>UserRole.User</c>, <c>Order.Customers</c>). Value objects, structs and owned types are columns.
    /// </summary>
    public static bool IsNavigation(ISymbol member)
    {
        var type = MemberType(member);
        if (type is null || IsPlainValue(type) || type.SpecialType == SpecialType.System_Object)
        {
            return false;
        }

        var record = ElementType(type) ?? type;
        return record.TypeKind == TypeKind.Class && !IsFramework(record) && !IsValueWrapper(record)
               && !record.GetAttributes().Any(a => a.AttributeClass is { Name: "OwnedAttribute" });
    }

    /// <summary>The element type of arrays and generic collections, or null.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String || type is not INamedTypeSymbol named)
        {
            return null;
        }

        // The T of IEnumerable<T>, from the type itself or the interfaces it implements (List<T>, KeyCollection, ...).
        if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments.FirstOrDefault();
        }

        var enumerable = named.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        return enumerable?.TypeArguments.FirstOrDefault();
    }

    /// <summary>Strings, numbers and dates: the types a single personal value has.</summary>
    public static bool IsPlainValue(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return IsPlainValue(nullable.TypeArguments[0]);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Char:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Double:
            case SpecialType.System_DateTime:
                return true;
        }

        // Char spans hold text as a string does: ReadOnlySpan<char>, Memory<char>.
        return (type.Name is "DateOnly" or "DateTimeOffset" or "StringValues" or "MailAddress"
                || type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory", TypeArguments.Length: 1 } span
                && span.TypeArguments[0].SpecialType == SpecialType.System_Char)
               && IsFramework(type);
    }

    /// <summary>
    /// True when a value of the type can be a person's data: a string, number, date or char span, an object of unknown
    /// shape, a collection of such, a record or entity with personal members, or a wrapper of one value (<c>Email</c>,
    /// <c>PhoneNumber</c>). Not a flag, an enum, a delegate, or a tag, key, column or descriptor object.
    /// </summary>
    /// <remarks>
    /// The type arguments are followed to <paramref name="levels"/> levels (<see cref="WalkKind.TypeArguments"/>'s bound), counted
    /// here rather than on the thread: the answer is a function of the type, whoever asks.
    /// </remarks>
    private bool CanHoldPersonalData(ITypeSymbol? type, int levels)
    {
        if (type is null || levels == 0)
        {
            return true;
        }

        if (IsPlainValue(type) || type.SpecialType == SpecialType.System_Object
            || type.TypeKind is TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error)
        {
            return true;
        }

        if (type.SpecialType == SpecialType.System_Boolean || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.Pointer)
        {
            return false;
        }

        if (type is IArrayTypeSymbol array)
        {
            return CanHoldPersonalData(array.ElementType, levels - 1);
        }

        if (IsFramework(type))
        {
            // StringBuilder, Span<char>, List<string>, Dictionary<string, Citizen>: what they hold decides.
            return type.Name == "StringBuilder"
                   || type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Any(argument => CanHoldPersonalData(argument, levels - 1));
        }

        return type.TypeKind == TypeKind.Struct || IsValueWrapper(type) || !PersonalMembers(type).IsEmpty;
    }

    /// <summary>
    /// A class whose whole state is one string, number or date: a value object such as <c>Email</c>, or one whose value a base
    /// of the program holds (<c>EmailAddress : SingleValueObject&lt;string&gt;</c>).
    /// </summary>
    private static bool IsValueWrapper(ITypeSymbol type)
    {
        IFieldSymbol? only = null;
        var depth = 0;
        for (var current = type; current is not null && !IsFramework(current) && depth < 8; current = current.BaseType, depth++)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false, IsConst: false } field)
                {
                    if (only is not null)
                    {
                        return false;
                    }

                    only = field;
                }
            }
        }

        if (only is not null)
        {
            return IsPlainValue(only.Type);
        }

        // Declared in another project, a type's private fields are not imported (a reference assembly keeps none): the one value
        // of Email { string Value { get; private set; } } shows only as its one instance property, so that property decides.
        return type.DeclaringSyntaxReferences.IsEmpty && OnlyInstanceProperty(type) is { } property && IsPlainValue(property.Type);
    }

    /// <summary>The one instance property of a type of the program and its bases (not the framework's), or null.</summary>
    private static IPropertySymbol? OnlyInstanceProperty(ITypeSymbol type)
    {
        IPropertySymbol? only = null;
        var depth = 0;
        for (var current = type; current is not null && !IsFramework(current) && depth < 8; current = current.BaseType, depth++)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && !property.IsOverride)
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = property;
                }
            }
        }

        return only;
    }

    public static bool IsFramework(ISymbol? symbol)
    {
        var ns = symbol?.ContainingNamespace;
        INamespaceSymbol? second = null;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            second = ns;
            ns = ns.ContainingNamespace;
        }

        // Mail libraries are carriers like System.Net.Mail: a BodyBuilder or MimeMessage passes on what is put in it.
        return ns is not null && ns.Name is "System" or "Microsoft" or "Azure" or "OpenAI" or "Serilog" or "NLog" or "log4net"
            or "MimeKit" or "MailKit" or "SendGrid" or "FluentEmail"
            && !IsProgramUnderMicrosoft(symbol!, ns, second);
    }

    /// <summary>
    /// Microsoft's own applications name their namespaces after the company (<c>Microsoft.eShopOnDapr.Services.Ordering</c>):
    /// a type the compilation declares under <c>Microsoft.</c> is the program's, unless it sits in one of the framework's
    /// areas where programs add extension classes and where test code stubs the framework (<c>Microsoft.Extensions</c>).
    /// Types read from references keep the namespace's word: a referenced <c>Microsoft.</c> assembly is the framework.
    /// </summary>
    private static bool IsProgramUnderMicrosoft(ISymbol symbol, INamespaceSymbol root, INamespaceSymbol? second)
        => root.Name == "Microsoft" && second is not null && !FrameworkAreas.Contains(second.Name)
           && (symbol as ITypeSymbol ?? symbol.ContainingType) is { DeclaringSyntaxReferences.Length: > 0 };

    /// <summary>The framework's second-level namespaces where a program's own source may declare types.</summary>
    private static readonly HashSet<string> FrameworkAreas = new(StringComparer.Ordinal)
    {
        "AspNetCore", "AspNet", "Extensions", "EntityFrameworkCore", "Data", "SemanticKernel", "Azure", "Identity",
        "IdentityModel", "Owin", "CodeAnalysis", "Win32", "OData", "Graph", "ApplicationInsights", "FeatureManagement",
    };
}
